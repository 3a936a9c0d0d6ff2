package com.negotiationtracker.core.testdata;

import com.negotiationtracker.core.call.CallHeld;
import com.negotiationtracker.core.call.RecordCall;
import com.negotiationtracker.core.common.Rule;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.NegotiationTrack;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.negotiationtracker.core.testdata.TestFacts.PUTIN;
import static com.negotiationtracker.core.testdata.TestFacts.TRUMP;
import static com.negotiationtracker.core.testdata.TestFacts.US_RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.fact;
import static com.negotiationtracker.core.testdata.TestFacts.usRussiaOpened;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The scenario harness fails when what happened is not what a test expects. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AggregateScenarioTest {

    private static final Fact CALL = fact("trump-putin-call").build();
    private static final RecordCall RECORD_CALL = new RecordCall(US_RUSSIA, CALL, List.of(TRUMP, PUTIN), null);
    private static final CallHeld CALL_HELD = new CallHeld(US_RUSSIA, CALL, List.of(TRUMP, PUTIN), null);

    private final AggregateScenario<NegotiationTrack> fixture =
            AggregateScenario.of(NegotiationTrack.class, KnownActors.ofTheStory());

    @Test
    void it_fails_on_other_events_than_expected() {
        var outcome = fixture.given(usRussiaOpened()).when(RECORD_CALL);

        assertThatThrownBy(outcome::expectNoEvents).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> outcome.expectEvents(CALL_HELD, CALL_HELD)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> outcome.expectResultMessagePayload(false)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> outcome.expectRuleViolation(Rule.FACT_RECORDED_ONCE))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void it_fails_on_a_rejection_for_another_rule() {
        var outcome = fixture.given(usRussiaOpened())
                .when(new RecordCall(US_RUSSIA, CALL, List.of(TRUMP), null));

        outcome.expectRuleViolation(Rule.CALL_NEEDS_TWO_PARTICIPANTS);
        assertThatThrownBy(() -> outcome.expectRuleViolation(Rule.SWAP_NEEDS_TWO_PARTIES))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> outcome.expectResultMessagePayload(false)).isInstanceOf(AssertionError.class);
    }

    @Test
    void given_events_are_not_counted_as_recorded() {
        fixture.given(usRussiaOpened(), CALL_HELD)
                .when(RECORD_CALL)
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }
}
