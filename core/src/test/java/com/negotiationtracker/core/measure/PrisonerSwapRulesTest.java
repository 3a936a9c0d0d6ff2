package com.negotiationtracker.core.measure;

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

import static com.negotiationtracker.core.testdata.TestFacts.RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.UNITED_STATES;
import static com.negotiationtracker.core.testdata.TestFacts.US_RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.fact;
import static com.negotiationtracker.core.testdata.TestFacts.usRussiaOpened;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PrisonerSwapRulesTest {

    private static final Fact TUESDAY_SWAP = fact("tuesday-prisoner-swap").on("2025-02-11")
            .quote("a positive step towards trust").build();

    private AggregateScenario<NegotiationTrack> fixture;

    @BeforeEach
    void setUp() {
        fixture = AggregateScenario.of(NegotiationTrack.class, KnownActors.ofTheStory());
    }

    @Test
    void a_prisoner_swap_is_recorded_without_a_reported_count() {
        fixture.given(usRussiaOpened())
                .when(new RecordPrisonerSwap(US_RUSSIA, TUESDAY_SWAP, List.of(UNITED_STATES, RUSSIA), null))
                .expectEvents(new PrisonerSwapCompleted(US_RUSSIA, TUESDAY_SWAP, List.of(UNITED_STATES, RUSSIA), null))
                .expectResultMessagePayload(true);
    }

    @Test
    void a_prisoner_swap_is_recorded_with_the_number_released() {
        fixture.given(usRussiaOpened())
                .when(new RecordPrisonerSwap(US_RUSSIA, TUESDAY_SWAP, List.of(UNITED_STATES, RUSSIA), 2))
                .expectEvents(new PrisonerSwapCompleted(US_RUSSIA, TUESDAY_SWAP, List.of(UNITED_STATES, RUSSIA), 2))
                .expectResultMessagePayload(true);
    }

    @Test
    void recording_the_same_swap_again_records_nothing() {
        fixture.given(usRussiaOpened(),
                        new PrisonerSwapCompleted(US_RUSSIA, TUESDAY_SWAP, List.of(UNITED_STATES, RUSSIA), null))
                .when(new RecordPrisonerSwap(US_RUSSIA, TUESDAY_SWAP, List.of(UNITED_STATES, RUSSIA), null))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void a_recorded_swap_keeps_the_number_released() {
        fixture.given(usRussiaOpened(),
                        new PrisonerSwapCompleted(US_RUSSIA, TUESDAY_SWAP, List.of(UNITED_STATES, RUSSIA), null))
                .when(new RecordPrisonerSwap(US_RUSSIA, TUESDAY_SWAP, List.of(UNITED_STATES, RUSSIA), 3))
                .expectRuleViolation(Rule.FACT_RECORDED_ONCE);
    }

    @Test
    void a_swap_needs_two_parties() {
        fixture.given(usRussiaOpened())
                .when(new RecordPrisonerSwap(US_RUSSIA, TUESDAY_SWAP, List.of(RUSSIA), null))
                .expectRuleViolation(Rule.SWAP_NEEDS_TWO_PARTIES);
    }

    @Test
    void a_swap_needs_two_distinct_parties() {
        fixture.given(usRussiaOpened())
                .when(new RecordPrisonerSwap(US_RUSSIA, TUESDAY_SWAP, List.of(RUSSIA, RUSSIA), null))
                .expectRuleViolation(Rule.SWAP_NEEDS_TWO_PARTIES);
    }

    @Test
    void both_parties_to_a_swap_must_be_known() {
        fixture.given(usRussiaOpened())
                .when(new RecordPrisonerSwap(US_RUSSIA, TUESDAY_SWAP, List.of(RUSSIA, ActorId.of("belarus")), null))
                .expectRuleViolation(Rule.ACTOR_MUST_BE_KNOWN);
    }
}
