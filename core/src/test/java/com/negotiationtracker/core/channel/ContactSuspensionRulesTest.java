package com.negotiationtracker.core.channel;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.common.Rule;
import com.negotiationtracker.core.testdata.AggregateScenario;
import com.negotiationtracker.core.testdata.KnownActors;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.NegotiationTrack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.negotiationtracker.core.testdata.TestFacts.PUTIN;
import static com.negotiationtracker.core.testdata.TestFacts.UNITED_STATES;
import static com.negotiationtracker.core.testdata.TestFacts.US_RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.fact;
import static com.negotiationtracker.core.testdata.TestFacts.usRussiaOpened;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ContactSuspensionRulesTest {

    private static final Fact NO_CONTACT_SINCE_INVASION = fact("no-contact-since-invasion")
            .summary("no direct leader-level contact with Putin since the 2022 invasion").on("2022-02").build();

    private AggregateScenario<NegotiationTrack> fixture;

    @BeforeEach
    void setUp() {
        fixture = AggregateScenario.of(NegotiationTrack.class, KnownActors.ofTheStory());
    }

    @Test
    void direct_contact_between_two_parties_is_suspended() {
        fixture.given(usRussiaOpened())
                .when(new RecordContactSuspension(US_RUSSIA, NO_CONTACT_SINCE_INVASION, List.of(UNITED_STATES, PUTIN)))
                .expectEvents(new DirectContactSuspended(US_RUSSIA, NO_CONTACT_SINCE_INVASION,
                        List.of(UNITED_STATES, PUTIN)))
                .expectResultMessagePayload(true);
    }

    @Test
    void recording_the_same_suspension_again_records_nothing() {
        fixture.given(usRussiaOpened(),
                        new DirectContactSuspended(US_RUSSIA, NO_CONTACT_SINCE_INVASION, List.of(UNITED_STATES, PUTIN)))
                .when(new RecordContactSuspension(US_RUSSIA, NO_CONTACT_SINCE_INVASION, List.of(UNITED_STATES, PUTIN)))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void a_recorded_suspension_keeps_its_parties() {
        fixture.given(usRussiaOpened(),
                        new DirectContactSuspended(US_RUSSIA, NO_CONTACT_SINCE_INVASION, List.of(UNITED_STATES, PUTIN)))
                .when(new RecordContactSuspension(US_RUSSIA, NO_CONTACT_SINCE_INVASION, List.of(PUTIN, UNITED_STATES)))
                .expectRuleViolation(Rule.FACT_RECORDED_ONCE);
    }

    @Test
    void a_channel_is_between_two_parties() {
        fixture.given(usRussiaOpened())
                .when(new RecordContactSuspension(US_RUSSIA, NO_CONTACT_SINCE_INVASION, List.of(PUTIN)))
                .expectRuleViolation(Rule.CONTACT_NEEDS_TWO_PARTIES);
    }

    @Test
    void a_channel_is_between_two_distinct_parties() {
        fixture.given(usRussiaOpened())
                .when(new RecordContactSuspension(US_RUSSIA, NO_CONTACT_SINCE_INVASION, List.of(PUTIN, PUTIN)))
                .expectRuleViolation(Rule.CONTACT_NEEDS_TWO_PARTIES);
    }

    @Test
    void both_parties_of_the_channel_must_be_known() {
        fixture.given(usRussiaOpened())
                .when(new RecordContactSuspension(US_RUSSIA, NO_CONTACT_SINCE_INVASION,
                        List.of(PUTIN, ActorId.of("biden"))))
                .expectRuleViolation(Rule.ACTOR_MUST_BE_KNOWN);
    }
}
