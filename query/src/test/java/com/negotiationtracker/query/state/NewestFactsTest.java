package com.negotiationtracker.query.state;

import com.negotiationtracker.core.track.TrackOpened;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
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
import static com.negotiationtracker.query.state.StateEvents.talksAgreed;
import static com.negotiationtracker.query.state.StateReading.channel;
import static com.negotiationtracker.query.state.StateReading.time;
import static com.negotiationtracker.query.state.StateReading.track;
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

    /**
     * Facts a few days apart settle a late fact's fold within its first week; weeks apart (a day step of 24), it reads
     * its history's versions and facts over several stretches of valid time.
     */
    @ParameterizedTest(name = "history {0}, facts up to {1} days apart")
    @CsvSource({"1, 5", "2, 5", "3, 5", "4, 5", "5, 5", "6, 5", "7, 24", "8, 24", "9, 24", "10, 24"})
    void extending_the_newest_facts_writes_the_rows_recomputing_them_writes(long seed, int dayStep) {
        List<EventMessage<?>> events = new RandomStateHistory(new Random(seed), 3, dayStep).events(120);

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
        extended.deliver(aCallADayFromTheFirstToTheFifthOfMarch());

        // were the sixth call recomputed, the history would be made of it alone: one contact, since 6 March
        extended.forgetFacts();
        extended.deliver(leadersCall("call-6", "2025-03-06", importedPlus(20)));

        assertLeadersChannel(extended.at("2025-03-07"), 6, "2025-03-06");
        assertThat(contactsBetweenLeaders(extended.at("2025-03-05T12:00:00Z"))).isEqualTo(5);
    }

    @Test
    void a_late_call_recorded_with_another_of_its_dossier_folds_the_channel_again_from_its_day() {
        extended.deliver(aCallADayFromTheFirstToTheFifthOfMarch());

        // one dossier, one record time: a call on the 7th, then another on the 4th, reported late. Were the second
        // recomputed, the history would be made of the facts left: four contacts, since 4 March
        extended.forgetFactsBefore("2025-03-04");
        extended.deliver(List.of(leadersCall("call-7", "2025-03-07", importedPlus(20)),
                leadersCall("call-4-later", "2025-03-04", importedPlus(20))));

        assertLeadersChannel(extended.at("2025-03-08"), 7, "2025-03-07");
        assertThat(contactsBetweenLeaders(extended.at("2025-03-04T12:00:00Z"))).isEqualTo(5);
    }

    @Test
    void a_late_call_that_leaves_the_phase_as_it_was_folds_it_no_further_than_its_day() {
        extended.deliver(aCallADayFromTheFirstToTheFifthOfMarch());
        extended.deliver(recorded(talksAgreed(RandomStateHistory.TRACKS.get(0), fact("talks").on("2025-03-20"),
                RandomStateHistory.STATES.get(0), RandomStateHistory.STATES.get(1)), importedPlus(20)));

        // a call on the 3rd, reported late, leaves the track in contact since the 1st, as the record held it. Were the
        // phase folded past that day, it would be folded without the agreement of the 20th, forgotten here, and the
        // track would be in contact on the 25th
        extended.forgetFactsFrom("2025-03-10");
        extended.deliver(leadersCall("call-3-later", "2025-03-03", importedPlus(30)));

        TrackState on25 = track(extended.at("2025-03-25"), "a-b").orElseThrow();
        assertThat(on25.phase()).isEqualTo(TrackPhase.TALKS_AGREED);
        assertThat(on25.since()).isEqualTo(time("2025-03-20"));
        TrackState on4 = track(extended.at("2025-03-04"), "a-b").orElseThrow();
        assertThat(on4.phase()).isEqualTo(TrackPhase.CONTACT);
        assertThat(on4.since()).isEqualTo(time("2025-03-01"));
    }

    @Test
    void a_late_call_rewrites_its_channel_only_up_to_the_next_call() {
        extended.deliver(aCallADayFromTheFirstToTheFifthOfMarch());
        Instant late = importedPlus(30);

        // a second call on the 3rd, reported late. The count is not kept in every version, so the fold stops at the
        // call of the 4th, where the channel is as the record held it; were it folded further, it would go on without
        // the call of the 5th, forgotten here, and the version of the 4th would run to the end
        extended.forgetFactsFrom("2025-03-05");
        extended.deliver(leadersCall("call-3-later", "2025-03-03", late));

        assertLeadersChannel(extended.at("2025-03-06"), 6, "2025-03-05");
        assertThat(contactsBetweenLeaders(extended.at("2025-03-03T12:00:00Z"))).isEqualTo(4);
        assertThat(contactsBetweenLeaders(extended.at("2025-03-02T12:00:00Z"))).isEqualTo(2);
        assertThat(contactsBetweenLeaders(extended.at("2025-03-06", late.minusNanos(1_000)))).isEqualTo(5);
        assertThat(extended.rows("select valid_from from state_history where entity_kind = 'channel'"
                + " and recorded_to = ?", StateInputs.time(late)))
                .as("the versions the late call closed: the 3rd's alone").hasSize(1);
    }

    /** The channel between A and B in {@code state}: contacts since 1 March, the last on {@code lastContact}. */
    private static void assertLeadersChannel(DiplomaticState state, int contacts, String lastContact) {
        ChannelState channel = channel(state, "state-a", "state-b").orElseThrow();
        assertThat(channel.contactsCount()).isEqualTo(contacts);
        assertThat(channel.since()).isEqualTo(time("2025-03-01"));
        assertThat(channel.lastContact()).isEqualTo(time(lastContact));
    }

    private static int contactsBetweenLeaders(DiplomaticState state) {
        return channel(state, "state-a", "state-b").orElseThrow().contactsCount();
    }

    /** States A and B, their leaders, the track between them, and the leaders' call each day from 1 to 5 March. */
    private static List<EventMessage<?>> aCallADayFromTheFirstToTheFifthOfMarch() {
        List<EventMessage<?>> events = new ArrayList<>(List.of(
                recorded(state(RandomStateHistory.STATES.get(0)), importedPlus(0)),
                recorded(state(RandomStateHistory.STATES.get(1)), importedPlus(1)),
                recorded(person(RandomStateHistory.LEADERS.get(0), RandomStateHistory.STATES.get(0)), importedPlus(2)),
                recorded(person(RandomStateHistory.LEADERS.get(1), RandomStateHistory.STATES.get(1)), importedPlus(3)),
                recorded(new TrackOpened(RandomStateHistory.TRACKS.get(0), "A and B",
                        RandomStateHistory.STATES.subList(0, 2)), importedPlus(4))));
        for (int day = 1; day <= 5; day++) {
            events.add(leadersCall("call-" + day, "2025-03-0" + day, importedPlus(10 + day)));
        }
        return events;
    }

    /** A call between the leaders of A and B on {@code day}, recorded at {@code recordedAt}. */
    private static EventMessage<?> leadersCall(String id, String day, Instant recordedAt) {
        return recorded(call(RandomStateHistory.TRACKS.get(0), fact(id).on(day), RandomStateHistory.LEADERS.get(0),
                RandomStateHistory.LEADERS.get(1)), recordedAt);
    }

    private static Map<String, List<Map<String, Object>>> withoutTails(Map<String, List<Map<String, Object>>> tables) {
        Map<String, List<Map<String, Object>>> without = new HashMap<>(tables);
        without.remove("state_tail");
        return without;
    }

    /** Events of four states, their leaders and three tracks, with record times a second or so apart. */
}
