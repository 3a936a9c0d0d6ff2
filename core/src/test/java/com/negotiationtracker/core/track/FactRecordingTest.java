package com.negotiationtracker.core.track;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.common.Rule;
import com.negotiationtracker.core.position.Issue;
import com.negotiationtracker.core.position.StatePosition;
import com.negotiationtracker.core.statement.RecordStatement;
import com.negotiationtracker.core.statement.StatementMade;
import com.negotiationtracker.core.testdata.AggregateScenario;
import com.negotiationtracker.core.testdata.KnownActors;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.negotiationtracker.core.testdata.TestFacts.TRUMP;
import static com.negotiationtracker.core.testdata.TestFacts.UNITED_STATES;
import static com.negotiationtracker.core.testdata.TestFacts.US_RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.fact;
import static com.negotiationtracker.core.testdata.TestFacts.usRussiaOpened;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What holds for every kind of fact: recorded once, in an opened track, with known actors. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FactRecordingTest {

    private static final Fact TRUMP_POSTS = fact("trump-posts").assertedBy(TRUMP).channel("social media")
            .quote("agreed to have our respective teams start negotiations immediately").build();
    private static final Issue TALKS = Issue.of("talks");

    private AggregateScenario<NegotiationTrack> fixture;

    @BeforeEach
    void setUp() {
        fixture = AggregateScenario.of(NegotiationTrack.class, KnownActors.ofTheStory());
    }

    @Test
    void a_fact_is_recorded_in_an_opened_track_only() {
        fixture.givenNoPriorActivity()
                .when(new RecordStatement(US_RUSSIA, TRUMP_POSTS, TRUMP, "social media", List.of(TALKS)))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void the_actor_who_asserted_a_fact_must_be_known() {
        Fact byUnknown = fact("anonymous-post").assertedBy(ActorId.of("anonymous")).build();
        fixture.given(usRussiaOpened())
                .when(new RecordStatement(US_RUSSIA, byUnknown, TRUMP, "social media", List.of()))
                .expectRuleViolation(Rule.ACTOR_MUST_BE_KNOWN);
    }

    @Test
    void a_fact_id_cannot_name_a_fact_of_another_kind() {
        fixture.given(usRussiaOpened(), statement(TRUMP_POSTS))
                .when(new StatePosition(US_RUSSIA, TRUMP_POSTS, UNITED_STATES, TALKS, "start immediately"))
                .expectRuleViolation(Rule.FACT_RECORDED_ONCE);
    }

    @Test
    void a_recorded_fact_keeps_its_summary() {
        Fact resummarised = fact("trump-posts").assertedBy(TRUMP).channel("social media")
                .quote("agreed to have our respective teams start negotiations immediately")
                .summary("Trump announces talks").build();
        fixture.given(usRussiaOpened(), statement(TRUMP_POSTS))
                .when(new RecordStatement(US_RUSSIA, resummarised, TRUMP, "social media", List.of(TALKS)))
                .expectRuleViolation(Rule.FACT_RECORDED_ONCE);
    }

    @Test
    void a_recorded_fact_keeps_its_valid_time() {
        Fact redated = fact("trump-posts").assertedBy(TRUMP).channel("social media")
                .quote("agreed to have our respective teams start negotiations immediately")
                .on("2025-02-11").build();
        fixture.given(usRussiaOpened(), statement(TRUMP_POSTS))
                .when(new RecordStatement(US_RUSSIA, redated, TRUMP, "social media", List.of(TALKS)))
                .expectRuleViolation(Rule.FACT_RECORDED_ONCE);
    }

    @Test
    void a_recorded_fact_keeps_its_provenance() {
        Fact requoted = fact("trump-posts").assertedBy(TRUMP).channel("social media").quote("something else")
                .build();
        fixture.given(usRussiaOpened(), statement(TRUMP_POSTS))
                .when(new RecordStatement(US_RUSSIA, requoted, TRUMP, "social media", List.of(TALKS)))
                .expectRuleViolation(Rule.FACT_RECORDED_ONCE);
    }

    @Test
    void a_fact_needs_a_summary() {
        assertThatThrownBy(() -> fact("no-summary").summary(" ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a summary");
    }

    private static StatementMade statement(Fact fact) {
        return new StatementMade(US_RUSSIA, fact, TRUMP, "social media", List.of(TALKS));
    }
}
