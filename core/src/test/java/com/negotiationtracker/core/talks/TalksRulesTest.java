package com.negotiationtracker.core.talks;

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
import static com.negotiationtracker.core.testdata.TestFacts.TRUMP;
import static com.negotiationtracker.core.testdata.TestFacts.UKRAINE;
import static com.negotiationtracker.core.testdata.TestFacts.UNITED_STATES;
import static com.negotiationtracker.core.testdata.TestFacts.US_RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.fact;
import static com.negotiationtracker.core.testdata.TestFacts.usRussiaOpened;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TalksRulesTest {

    private static final Fact TEAMS_TO_NEGOTIATE = fact("teams-start-negotiations").assertedBy(TRUMP)
            .channel("social media").quote("agreed to have our respective teams start negotiations immediately")
            .build();

    private AggregateScenario<NegotiationTrack> fixture;

    @BeforeEach
    void setUp() {
        fixture = AggregateScenario.of(NegotiationTrack.class, KnownActors.ofTheStory());
    }

    @Test
    void parties_agree_to_negotiate() {
        fixture.given(usRussiaOpened())
                .when(new RecordTalksAgreement(US_RUSSIA, TEAMS_TO_NEGOTIATE, List.of(UNITED_STATES, RUSSIA)))
                .expectEvents(new NegotiationsAgreed(US_RUSSIA, TEAMS_TO_NEGOTIATE, List.of(UNITED_STATES, RUSSIA)))
                .expectResultMessagePayload(true);
    }

    @Test
    void talks_may_be_agreed_between_more_than_two_parties() {
        List<ActorId> three = List.of(UNITED_STATES, RUSSIA, UKRAINE);
        fixture.given(usRussiaOpened())
                .when(new RecordTalksAgreement(US_RUSSIA, TEAMS_TO_NEGOTIATE, three))
                .expectEvents(new NegotiationsAgreed(US_RUSSIA, TEAMS_TO_NEGOTIATE, three))
                .expectResultMessagePayload(true);
    }

    @Test
    void recording_the_same_agreement_again_records_nothing() {
        fixture.given(usRussiaOpened(),
                        new NegotiationsAgreed(US_RUSSIA, TEAMS_TO_NEGOTIATE, List.of(UNITED_STATES, RUSSIA)))
                .when(new RecordTalksAgreement(US_RUSSIA, TEAMS_TO_NEGOTIATE, List.of(UNITED_STATES, RUSSIA)))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void a_recorded_agreement_keeps_its_parties() {
        fixture.given(usRussiaOpened(),
                        new NegotiationsAgreed(US_RUSSIA, TEAMS_TO_NEGOTIATE, List.of(UNITED_STATES, RUSSIA)))
                .when(new RecordTalksAgreement(US_RUSSIA, TEAMS_TO_NEGOTIATE, List.of(UNITED_STATES, UKRAINE)))
                .expectRuleViolation(Rule.FACT_RECORDED_ONCE);
    }

    @Test
    void talks_need_two_parties() {
        fixture.given(usRussiaOpened())
                .when(new RecordTalksAgreement(US_RUSSIA, TEAMS_TO_NEGOTIATE, List.of(RUSSIA, RUSSIA)))
                .expectRuleViolation(Rule.TALKS_NEED_TWO_PARTIES);
    }

    @Test
    void every_party_to_the_talks_must_be_known() {
        fixture.given(usRussiaOpened())
                .when(new RecordTalksAgreement(US_RUSSIA, TEAMS_TO_NEGOTIATE,
                        List.of(UNITED_STATES, ActorId.of("china"))))
                .expectRuleViolation(Rule.ACTOR_MUST_BE_KNOWN);
    }
}
