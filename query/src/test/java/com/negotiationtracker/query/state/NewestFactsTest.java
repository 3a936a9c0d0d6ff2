package com.negotiationtracker.query.state;

import com.negotiationtracker.core.track.TrackOpened;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static com.negotiationtracker.core.testdata.TestFacts.fact;
import static com.negotiationtracker.query.state.StateEvents.call;
import static com.negotiationtracker.query.state.StateEvents.importedPlus;
import static com.negotiationtracker.query.state.StateEvents.person;
import static com.negotiationtracker.query.state.StateEvents.recorded;
import static com.negotiationtracker.query.state.StateEvents.state;
import static com.negotiationtracker.query.state.StateReading.channel;
import static com.negotiationtracker.query.state.StateReading.time;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fact that is the newest of a channel's, a track phase's, a meeting's or an invitation's history extends it
 * ({@link NewestFacts}), and one recorded last but starting before the newest folds a phase or channel again from its
 * valid start ({@link LateFacts}), instead of making the projection recompute it: the rows must be exactly those the
 * recomputation writes. Random histories ({@link RandomStateHistory}) are handled as usual, and again with every tail
 * forgotten before each event, so that each event is recomputed: both give the same rows.
 */
class NewestFactsTest {


    private final StateFixture extended = new StateFixture();
    private final StateFixture extendedInBatches = new StateFixture();
    private final StateFixture recomputed = new StateFixture();

    @AfterEach
    void close() {
        extended.close();
        extendedInBatches.close();
        recomputed.close();
    }

    @ParameterizedTest(name = "history {0}")
    @ValueSource(longs = {1, 2, 3})
    void extending_the_newest_facts_writes_the_rows_recomputing_them_writes(long seed) {
        List<EventMessage<?>> events = new RandomStateHistory(new Random(seed)).events(120);

        extended.deliver(events);
        for (int start = 0; start < events.size(); start += 25) {
            extendedInBatches.deliverAsOneBatch(events.subList(start, Math.min(events.size(), start + 25)));
        }
        events.forEach(event -> {
            recomputed.forgetTails();
            recomputed.deliver(event);
        });

        assertThat(withoutTails(extended.tables())).isEqualTo(withoutTails(recomputed.tables()));
        assertThat(extendedInBatches.tables()).isEqualTo(extended.tables());
    }

    @Test
    void the_newest_call_extends_its_channel_without_reading_the_earlier_facts() {
        List<EventMessage<?>> events = new ArrayList<>(List.of(
                recorded(state(RandomStateHistory.STATES.get(0)), importedPlus(0)), recorded(state(RandomStateHistory.STATES.get(1)), importedPlus(1)),
                recorded(person(RandomStateHistory.LEADERS.get(0), RandomStateHistory.STATES.get(0)), importedPlus(2)),
                recorded(person(RandomStateHistory.LEADERS.get(1), RandomStateHistory.STATES.get(1)), importedPlus(3)),
                recorded(new TrackOpened(RandomStateHistory.TRACKS.get(0), "A and B", RandomStateHistory.STATES.subList(0, 2)), importedPlus(4))));
        for (int day = 1; day <= 5; day++) {
            events.add(recorded(call(RandomStateHistory.TRACKS.get(0), fact("call-" + day).on("2025-03-0" + day), RandomStateHistory.LEADERS.get(0),
                    RandomStateHistory.LEADERS.get(1)), importedPlus(10 + day)));
        }
        extended.deliver(events);

        // were the sixth call recomputed, the history would be made of it alone: one contact, since 6 March
        extended.forgetFacts();
        extended.deliver(recorded(call(RandomStateHistory.TRACKS.get(0), fact("call-6").on("2025-03-06"), RandomStateHistory.LEADERS.get(0),
                RandomStateHistory.LEADERS.get(1)), importedPlus(20)));

        ChannelState channel = channel(extended.at("2025-03-07"), "state-a", "state-b").orElseThrow();
        assertThat(channel.contactsCount()).isEqualTo(6);
        assertThat(channel.since()).isEqualTo(time("2025-03-01"));
        assertThat(channel.lastContact()).isEqualTo(time("2025-03-06"));
        assertThat(channel(extended.at("2025-03-05T12:00:00Z"), "state-a", "state-b").orElseThrow()
                .contactsCount()).isEqualTo(5);
    }

    private static Map<String, List<Map<String, Object>>> withoutTails(Map<String, List<Map<String, Object>>> tables) {
        Map<String, List<Map<String, Object>>> without = new HashMap<>(tables);
        without.remove("state_tail");
        return without;
    }

    /** Events of four states, their leaders and three tracks, with record times a second or so apart. */
}
