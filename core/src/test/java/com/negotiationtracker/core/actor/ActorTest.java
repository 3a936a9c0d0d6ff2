package com.negotiationtracker.core.actor;

import com.negotiationtracker.core.common.Rule;
import com.negotiationtracker.core.testdata.AggregateScenario;
import com.negotiationtracker.core.testdata.KnownActors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.negotiationtracker.core.testdata.TestFacts.KREMLIN;
import static com.negotiationtracker.core.testdata.TestFacts.PUTIN;
import static com.negotiationtracker.core.testdata.TestFacts.RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.UKRAINE;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ActorTest {

    private static final RegisterActor KREMLIN_FOR_RUSSIA = new RegisterActor(KREMLIN, "the Kremlin",
            ActorKind.OFFICE, List.of("Russian presidential administration"), List.of(RUSSIA));

    private AggregateScenario<Actor> fixture;

    @BeforeEach
    void setUp() {
        fixture = AggregateScenario.of(Actor.class, KnownActors.of(RUSSIA, PUTIN));
    }

    @Test
    void an_actor_enters_the_directory_when_first_registered() {
        fixture.givenNoPriorActivity()
                .when(KREMLIN_FOR_RUSSIA)
                .expectEvents(new ActorRegistered(KREMLIN, "the Kremlin", ActorKind.OFFICE,
                        List.of("Russian presidential administration"), List.of(RUSSIA)))
                .expectResultMessagePayload(true);
    }

    @Test
    void an_actor_that_speaks_for_nobody_needs_nobody_in_the_directory() {
        fixture = AggregateScenario.of(Actor.class, KnownActors.of());
        fixture.givenNoPriorActivity()
                .when(new RegisterActor(PUTIN, "Vladimir Putin", ActorKind.PERSON, null, null))
                .expectEvents(new ActorRegistered(PUTIN, "Vladimir Putin", ActorKind.PERSON, List.of(), List.of()))
                .expectResultMessagePayload(true);
    }

    @Test
    void registering_the_same_profile_again_records_nothing() {
        fixture.given(registered(KREMLIN_FOR_RUSSIA))
                .when(KREMLIN_FOR_RUSSIA)
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void registering_the_same_profile_after_a_revision_records_nothing() {
        RegisterActor revised = new RegisterActor(KREMLIN, "the Kremlin", ActorKind.OFFICE, List.of(),
                List.of(RUSSIA, PUTIN));
        fixture.given(registered(KREMLIN_FOR_RUSSIA), revisedTo(revised))
                .when(revised)
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void a_different_profile_revises_the_actor() {
        RegisterActor revised = new RegisterActor(KREMLIN, "Kremlin", ActorKind.OFFICE, List.of("presidency"),
                List.of(RUSSIA, PUTIN));
        fixture.given(registered(KREMLIN_FOR_RUSSIA))
                .when(revised)
                .expectEvents(new ActorProfileRevised(KREMLIN, "Kremlin", ActorKind.OFFICE, List.of("presidency"),
                        List.of(RUSSIA, PUTIN)))
                .expectResultMessagePayload(true);
    }

    @Test
    void going_back_to_an_earlier_profile_is_a_revision_too() {
        RegisterActor revised = new RegisterActor(KREMLIN, "Kremlin", ActorKind.OFFICE, List.of(), List.of());
        fixture.given(registered(KREMLIN_FOR_RUSSIA), revisedTo(revised))
                .when(KREMLIN_FOR_RUSSIA)
                .expectEvents(new ActorProfileRevised(KREMLIN, "the Kremlin", ActorKind.OFFICE,
                        List.of("Russian presidential administration"), List.of(RUSSIA)))
                .expectResultMessagePayload(true);
    }

    @Test
    void an_actor_speaks_only_for_actors_in_the_directory() {
        fixture.givenNoPriorActivity()
                .when(new RegisterActor(KREMLIN, "the Kremlin", ActorKind.OFFICE, List.of(), List.of(RUSSIA, UKRAINE)))
                .expectRuleViolation(Rule.ACTOR_MUST_BE_KNOWN);
    }

    @Test
    void an_actor_does_not_speak_for_itself() {
        fixture = AggregateScenario.of(Actor.class, KnownActors.of(RUSSIA, KREMLIN));
        fixture.givenNoPriorActivity()
                .when(new RegisterActor(KREMLIN, "the Kremlin", ActorKind.OFFICE, List.of(), List.of(KREMLIN)))
                .expectRuleViolation(Rule.ACTOR_MUST_BE_KNOWN)
                .expectExceptionMessageContaining("is itself");
    }

    @Test
    void a_revision_may_not_make_the_actor_speak_for_an_unknown_actor() {
        fixture.given(registered(KREMLIN_FOR_RUSSIA))
                .when(new RegisterActor(KREMLIN, "the Kremlin", ActorKind.OFFICE, List.of(), List.of(UKRAINE)))
                .expectRuleViolation(Rule.ACTOR_MUST_BE_KNOWN);
    }

    private static ActorRegistered registered(RegisterActor profile) {
        return new ActorRegistered(profile.actor(), profile.name(), profile.kind(), profile.roles(),
                profile.speaksFor());
    }

    private static ActorProfileRevised revisedTo(RegisterActor profile) {
        return new ActorProfileRevised(profile.actor(), profile.name(), profile.kind(), profile.roles(),
                profile.speaksFor());
    }
}
