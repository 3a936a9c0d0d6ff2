package com.negotiationtracker.query.replay;

/**
 * How far one event processor has read the event store.
 *
 * @param name      the processor's name (its processing group)
 * @param position  the global position up to which every segment of it has handled the events (0: none yet)
 * @param head      the global position of the newest event in the store (0: the store is empty)
 * @param caughtUp  every segment is claimed and has reached the end of the stream
 * @param replaying some segment has not yet re-read every event it had handled before the reset
 * @param error     why the processor is failing, while it is; {@code null} otherwise
 */
public record ProcessorProgress(String name, long position, long head, boolean caughtUp, boolean replaying,
                                String error) {

    /** The events handled, counted as global positions and never beyond the head. */
    long done() {
        return Math.min(position, head);
    }
}
