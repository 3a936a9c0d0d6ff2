package com.negotiationtracker.core.call;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.common.Rule;
import com.negotiationtracker.core.testdata.AggregateScenario;
import com.negotiationtracker.core.testdata.KnownActors;
import com.negotiationtracker.core.time.ReportedDuration;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.NegotiationTrack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.negotiationtracker.core.testdata.TestFacts.PUTIN;
import static com.negotiationtracker.core.testdata.TestFacts.TRUMP;
import static com.negotiationtracker.core.testdata.TestFacts.US_RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.fact;
import static com.negotiationtracker.core.testdata.TestFacts.usRussiaOpened;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CallRulesTest {

    private static final Fact TRUMP_PUTIN_CALL = fact("trump-putin-call").summary("Trump and Putin held a call")
            .build();
    private static final ReportedDuration NINETY_MINUTES =
            new ReportedDuration("PT1H30M", true, "close to an hour and a half");

    private AggregateScenario<NegotiationTrack> fixture;

    @BeforeEach
    void setUp() {
        fixture = AggregateScenario.of(NegotiationTrack.class, KnownActors.ofTheStory());
    }

    @Test
    void a_call_is_recorded_with_its_reported_duration() {
        fixture.given(usRussiaOpened())
                .when(new RecordCall(US_RUSSIA, TRUMP_PUTIN_CALL, List.of(TRUMP, PUTIN), NINETY_MINUTES))
                .expectEvents(new CallHeld(US_RUSSIA, TRUMP_PUTIN_CALL, List.of(TRUMP, PUTIN), NINETY_MINUTES))
                .expectResultMessagePayload(true);
    }

    @Test
    void a_call_without_a_reported_duration_is_recorded_too() {
        fixture.given(usRussiaOpened())
                .when(new RecordCall(US_RUSSIA, TRUMP_PUTIN_CALL, List.of(TRUMP, PUTIN), null))
                .expectEvents(new CallHeld(US_RUSSIA, TRUMP_PUTIN_CALL, List.of(TRUMP, PUTIN), null))
                .expectResultMessagePayload(true);
    }

    @Test
    void recording_the_same_call_again_records_nothing() {
        fixture.given(usRussiaOpened(),
                        new CallHeld(US_RUSSIA, TRUMP_PUTIN_CALL, List.of(TRUMP, PUTIN), NINETY_MINUTES))
                .when(new RecordCall(US_RUSSIA, TRUMP_PUTIN_CALL, List.of(TRUMP, PUTIN), NINETY_MINUTES))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void a_recorded_call_keeps_its_duration() {
        fixture.given(usRussiaOpened(),
                        new CallHeld(US_RUSSIA, TRUMP_PUTIN_CALL, List.of(TRUMP, PUTIN), NINETY_MINUTES))
                .when(new RecordCall(US_RUSSIA, TRUMP_PUTIN_CALL, List.of(TRUMP, PUTIN),
                        new ReportedDuration("PT1H", true, "around an hour")))
                .expectRuleViolation(Rule.FACT_RECORDED_ONCE);
    }

    @Test
    void a_call_needs_two_participants() {
        fixture.given(usRussiaOpened())
                .when(new RecordCall(US_RUSSIA, TRUMP_PUTIN_CALL, List.of(TRUMP), NINETY_MINUTES))
                .expectRuleViolation(Rule.CALL_NEEDS_TWO_PARTICIPANTS);
    }

    @Test
    void a_call_needs_two_distinct_participants() {
        fixture.given(usRussiaOpened())
                .when(new RecordCall(US_RUSSIA, TRUMP_PUTIN_CALL, List.of(TRUMP, TRUMP), NINETY_MINUTES))
                .expectRuleViolation(Rule.CALL_NEEDS_TWO_PARTICIPANTS);
    }

    @Test
    void a_call_without_participants_is_refused() {
        fixture.given(usRussiaOpened())
                .when(new RecordCall(US_RUSSIA, TRUMP_PUTIN_CALL, null, NINETY_MINUTES))
                .expectRuleViolation(Rule.CALL_NEEDS_TWO_PARTICIPANTS);
    }

    @Test
    void a_call_cannot_last_a_negative_time() {
        fixture.given(usRussiaOpened())
                .when(new RecordCall(US_RUSSIA, TRUMP_PUTIN_CALL, List.of(TRUMP, PUTIN),
                        new ReportedDuration("-PT1H30M", false, null)))
                .expectRuleViolation(Rule.DURATION_NOT_NEGATIVE);
    }

    @Test
    void a_call_may_last_no_time_at_all() {
        ReportedDuration zero = new ReportedDuration("PT0S", false, null);
        fixture.given(usRussiaOpened())
                .when(new RecordCall(US_RUSSIA, TRUMP_PUTIN_CALL, List.of(TRUMP, PUTIN), zero))
                .expectEvents(new CallHeld(US_RUSSIA, TRUMP_PUTIN_CALL, List.of(TRUMP, PUTIN), zero))
                .expectResultMessagePayload(true);
    }

    @Test
    void every_participant_of_a_call_must_be_known() {
        fixture.given(usRussiaOpened())
                .when(new RecordCall(US_RUSSIA, TRUMP_PUTIN_CALL, List.of(TRUMP, ActorId.of("xi")), NINETY_MINUTES))
                .expectRuleViolation(Rule.ACTOR_MUST_BE_KNOWN);
    }
}
