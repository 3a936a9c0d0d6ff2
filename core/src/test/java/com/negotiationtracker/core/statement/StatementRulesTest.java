package com.negotiationtracker.core.statement;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.common.Rule;
import com.negotiationtracker.core.position.Issue;
import com.negotiationtracker.core.testdata.AggregateScenario;
import com.negotiationtracker.core.testdata.KnownActors;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.NegotiationTrack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.negotiationtracker.core.testdata.TestFacts.TRUMP;
import static com.negotiationtracker.core.testdata.TestFacts.US_UKRAINE;
import static com.negotiationtracker.core.testdata.TestFacts.ZELENSKIY;
import static com.negotiationtracker.core.testdata.TestFacts.fact;
import static com.negotiationtracker.core.testdata.TestFacts.usUkraineOpened;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StatementRulesTest {

    private static final Fact ZELENSKIY_POSTS = fact("zelenskiy-meaningful-conversation")
            .assertedBy(ZELENSKIY).channel("social media").quote("meaningful conversation").build();
    private static final List<Issue> ISSUES = List.of(Issue.of("peace"), Issue.of("drones"));

    private AggregateScenario<NegotiationTrack> fixture;

    @BeforeEach
    void setUp() {
        fixture = AggregateScenario.of(NegotiationTrack.class, KnownActors.ofTheStory());
    }

    @Test
    void a_statement_is_recorded_with_its_channel_and_issues() {
        fixture.given(usUkraineOpened())
                .when(new RecordStatement(US_UKRAINE, ZELENSKIY_POSTS, ZELENSKIY, "social media", ISSUES))
                .expectEvents(new StatementMade(US_UKRAINE, ZELENSKIY_POSTS, ZELENSKIY, "social media", ISSUES))
                .expectResultMessagePayload(true);
    }

    @Test
    void recording_the_same_statement_again_records_nothing() {
        fixture.given(usUkraineOpened(),
                        new StatementMade(US_UKRAINE, ZELENSKIY_POSTS, ZELENSKIY, "social media", ISSUES))
                .when(new RecordStatement(US_UKRAINE, ZELENSKIY_POSTS, ZELENSKIY, "social media", ISSUES))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void a_recorded_statement_keeps_its_speaker() {
        fixture.given(usUkraineOpened(),
                        new StatementMade(US_UKRAINE, ZELENSKIY_POSTS, ZELENSKIY, "social media", ISSUES))
                .when(new RecordStatement(US_UKRAINE, ZELENSKIY_POSTS, TRUMP, "social media", ISSUES))
                .expectRuleViolation(Rule.FACT_RECORDED_ONCE);
    }

    @Test
    void the_speaker_must_be_known() {
        fixture.given(usUkraineOpened())
                .when(new RecordStatement(US_UKRAINE, ZELENSKIY_POSTS, ActorId.of("yermak"), "social media",
                        ISSUES))
                .expectRuleViolation(Rule.ACTOR_MUST_BE_KNOWN);
    }

    @Test
    void a_statement_needs_a_speaker() {
        assertThatNullPointerException()
                .isThrownBy(() -> new RecordStatement(US_UKRAINE, ZELENSKIY_POSTS, null, "social media", ISSUES))
                .withMessageContaining("needs a speaker");
    }
}
