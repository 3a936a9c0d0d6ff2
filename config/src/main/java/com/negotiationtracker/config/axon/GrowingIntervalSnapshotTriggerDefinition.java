package com.negotiationtracker.config.axon;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.AbstractSnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;

import javax.annotation.Nonnull;

/**
 * Snapshots an aggregate once the events read or recorded since its last snapshot reach {@code minimum}, or a
 * {@code fraction} of its stream's length when that is more. A snapshot's size grows with the aggregate's state, which
 * for a track grows with its stream: at a fixed interval the bytes written for snapshots grow with the square of the
 * stream (a track of 125,000 events rewrote a state of tens of MiB every 100 events). With an interval that grows in
 * proportion, they grow in proportion to the stream, and loading a track without its cache reads at most that fraction
 * of its events after the snapshot.
 */
final class GrowingIntervalSnapshotTriggerDefinition implements SnapshotTriggerDefinition {

    private final Snapshotter snapshotter;
    private final int minimum;
    private final double fraction;

    GrowingIntervalSnapshotTriggerDefinition(Snapshotter snapshotter, int minimum, double fraction) {
        if (minimum < 1 || fraction < 0 || fraction >= 1) {
            throw new IllegalArgumentException("a snapshot interval needs a minimum of at least one event and a"
                    + " fraction of the stream from 0 to below 1; got " + minimum + " and " + fraction);
        }
        this.snapshotter = snapshotter;
        this.minimum = minimum;
        this.fraction = fraction;
    }

    @Override
    public SnapshotTrigger prepareTrigger(@Nonnull Class<?> aggregateType) {
        return new Trigger(snapshotter, aggregateType, minimum, fraction);
    }

    @Override
    public SnapshotTrigger reconfigure(@Nonnull Class<?> aggregateType, @Nonnull SnapshotTrigger trigger) {
        if (trigger instanceof Trigger kept) {
            kept.setSnapshotter(snapshotter);
            return kept;
        }
        return prepareTrigger(aggregateType);
    }

    /** The interval after which a stream of that many events is snapshotted again. */
    static long interval(long streamLength, int minimum, double fraction) {
        return Math.max(minimum, (long) (streamLength * fraction));
    }

    private static final class Trigger extends AbstractSnapshotTrigger {

        private static final long serialVersionUID = 1L;

        private final int minimum;
        private final double fraction;
        private long sinceSnapshot;
        private long streamLength;

        private Trigger(Snapshotter snapshotter, Class<?> aggregateType, int minimum, double fraction) {
            super(snapshotter, aggregateType);
            this.minimum = minimum;
            this.fraction = fraction;
        }

        @Override
        public void eventHandled(@Nonnull EventMessage<?> event) {
            if (event instanceof DomainEventMessage<?> domainEvent) {
                streamLength = domainEvent.getSequenceNumber() + 1;
            }
            super.eventHandled(event);
        }

        @Override
        protected boolean exceedsThreshold() {
            return ++sinceSnapshot >= interval(streamLength, minimum, fraction);
        }

        @Override
        protected void reset() {
            sinceSnapshot = 0;
        }
    }
}
