package com.negotiationtracker.core.track;

import com.negotiationtracker.core.common.Rule;
import com.negotiationtracker.core.testdata.AggregateScenario;
import com.negotiationtracker.core.testdata.KnownActors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.negotiationtracker.core.testdata.TestFacts.RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.UKRAINE;
import static com.negotiationtracker.core.testdata.TestFacts.UNITED_STATES;
import static com.negotiationtracker.core.testdata.TestFacts.US_RUSSIA;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OpenTrackTest {

    private static final OpenTrack OPEN_US_RUSSIA =
            new OpenTrack(US_RUSSIA, "US-Russia relations", List.of(UNITED_STATES, RUSSIA));

    private AggregateScenario<NegotiationTrack> fixture;

    @BeforeEach
    void setUp() {
        fixture = AggregateScenario.of(NegotiationTrack.class, KnownActors.of(UNITED_STATES, RUSSIA));
    }

    @Test
    void a_track_is_opened_between_its_parties() {
        fixture.givenNoPriorActivity()
                .when(OPEN_US_RUSSIA)
                .expectEvents(new TrackOpened(US_RUSSIA, "US-Russia relations", List.of(UNITED_STATES, RUSSIA)))
                .expectResultMessagePayload(true);
    }

    @Test
    void opening_the_same_track_again_records_nothing() {
        fixture.given(new TrackOpened(US_RUSSIA, "US-Russia relations", List.of(UNITED_STATES, RUSSIA)))
                .when(OPEN_US_RUSSIA)
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void a_track_is_opened_once_with_one_title() {
        fixture.given(new TrackOpened(US_RUSSIA, "US-Russia relations", List.of(UNITED_STATES, RUSSIA)))
                .when(new OpenTrack(US_RUSSIA, "Peace talks", List.of(UNITED_STATES, RUSSIA)))
                .expectRuleViolation(Rule.TRACK_OPENED_ONCE);
    }

    @Test
    void a_track_is_opened_once_with_one_set_of_parties() {
        fixture.given(new TrackOpened(US_RUSSIA, "US-Russia relations", List.of(UNITED_STATES, RUSSIA)))
                .when(new OpenTrack(US_RUSSIA, "US-Russia relations", List.of(UNITED_STATES, UKRAINE)))
                .expectRuleViolation(Rule.TRACK_OPENED_ONCE);
    }

    @Test
    void a_track_is_opened_between_known_parties_only() {
        fixture.givenNoPriorActivity()
                .when(new OpenTrack(US_RUSSIA, "US-Russia relations", List.of(UNITED_STATES, UKRAINE)))
                .expectRuleViolation(Rule.ACTOR_MUST_BE_KNOWN);
    }

    @Test
    void a_track_needs_a_title() {
        assertThatThrownBy(() -> new OpenTrack(US_RUSSIA, " ", List.of(UNITED_STATES, RUSSIA)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a title");
    }
}
