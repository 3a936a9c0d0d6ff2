package com.negotiationtracker.config.axon;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.Snapshotter;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where a track's snapshots fall: every {@code minimum} events while the stream is short, then after a fraction of
 * its length, counted from the last snapshot, whether the track was loaded from one or recorded the events itself.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GrowingIntervalSnapshotTriggerDefinitionTest {

    private final List<Long> snapshotsAfter = new ArrayList<>();
    private long handled = -1;
    private final Snapshotter snapshotter = (type, id) -> snapshotsAfter.add(handled);

    @Test
    void a_short_stream_is_snapshotted_every_minimum_events() {
        handle(trigger(100, 0.1), 0, 1_000);

        assertThat(snapshotsAfter).containsExactly(99L, 199L, 299L, 399L, 499L, 599L, 699L, 799L, 899L, 999L);
    }

    @Test
    void a_long_stream_is_snapshotted_after_a_growing_share_of_its_length() {
        handle(trigger(100, 0.1), 0, 100_000);

        // about ten snapshots while the stream grows tenfold: bytes written in proportion to the stream, not its square
        assertThat(snapshotsAfter).hasSizeBetween(40, 60);
        for (int i = 1; i < snapshotsAfter.size(); i++) {
            long gap = snapshotsAfter.get(i) - snapshotsAfter.get(i - 1);
            assertThat(gap).as("gap before the snapshot after event %d", snapshotsAfter.get(i))
                    .isBetween(100L, Math.max(100, (snapshotsAfter.get(i) + 1) / 10));
        }
        assertThat(100_000 - 1 - snapshotsAfter.get(snapshotsAfter.size() - 1)).isLessThan(10_000);
    }

    @Test
    void a_track_loaded_from_a_snapshot_counts_the_events_after_it() {
        // loaded from a snapshot after event 49,999: the events read from the store, then recorded, count alike
        handle(trigger(100, 0.1), 50_000, 60_000);

        // the first once the events since the snapshot reach a tenth of the stream as it then is: 5,555 of 55,555
        assertThat(snapshotsAfter).first().isEqualTo(55_554L);
    }

    @Test
    void a_fraction_of_zero_is_a_fixed_interval() {
        handle(trigger(100, 0), 0, 100_000);

        assertThat(snapshotsAfter).hasSize(1_000).last().isEqualTo(99_999L);
    }

    @Test
    void an_interval_below_one_event_or_a_whole_stream_is_refused() {
        assertThatThrownBy(() -> new GrowingIntervalSnapshotTriggerDefinition(snapshotter, 0, 0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minimum");
        assertThatThrownBy(() -> new GrowingIntervalSnapshotTriggerDefinition(snapshotter, 100, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fraction");
    }

    private SnapshotTrigger trigger(int minimum, double fraction) {
        return new GrowingIntervalSnapshotTriggerDefinition(snapshotter, minimum, fraction)
                .prepareTrigger(Object.class);
    }

    /** The events with sequence numbers from {@code first} (inclusive) to {@code end}, as a track handles them. */
    private void handle(SnapshotTrigger trigger, long first, long end) {
        trigger.initializationFinished();
        for (long sequence = first; sequence < end; sequence++) {
            handled = sequence;
            trigger.eventHandled(new GenericDomainEventMessage<>("NegotiationTrack", "track:t", sequence, "event"));
        }
    }
}
