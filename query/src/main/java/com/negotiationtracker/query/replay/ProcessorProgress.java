package com.negotiationtracker.query.replay;

/**
 * How far one event processor has read the event store.
 *
 * @param name        the processor's name (its processing group)
 * @param position    the global position up to which every segment of it has handled the events (0: none yet)
 * @param head        the global position of the newest event in the store (0: the store is empty)
 * @param caughtUp    every segment is claimed (here or by another instance) and has reached the end of the stream
 * @param replaying   some segment has not yet re-read every event it had handled before the reset
 * @param error       why the processor is failing on this instance, while it is; {@code null} otherwise
 * @param segments    how many segments its work is split into (0: it has not started yet)
 * @param claimedHere how many of them this instance claims; instances sharing a database split them
 */
public record ProcessorProgress(String name, long position, long head, boolean caughtUp, boolean replaying,
                                String error, int segments, int claimedHere) {

    /** The events handled, counted as global positions and never beyond the head. */
    long done() {
        return Math.min(position, head);
    }
}
