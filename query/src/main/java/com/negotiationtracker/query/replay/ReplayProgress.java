package com.negotiationtracker.query.replay;

import java.time.Instant;
import java.util.List;

/**
 * The state of the latest replay on this instance, and the progress of every streaming event processor.
 *
 * @param state      idle, running, done or failed
 * @param startedAt  when the latest replay was asked for; {@code null} when idle
 * @param finishedAt when it was done or failed; {@code null} before
 * @param failure    what went wrong, when it failed; {@code null} otherwise
 * @param processors the processors a replay resets and rebuilds, by name
 * @param skipped    the processors that must never be replayed (they disallow it: {@code @DisallowReplay}), by name
 * @param overall    the events handled by the replayed processors together, out of the events they must handle
 */
public record ReplayProgress(ReplayState state, Instant startedAt, Instant finishedAt, String failure,
                             List<ProcessorProgress> processors, List<ProcessorProgress> skipped,
                             OverallProgress overall) {

    public ReplayProgress {
        processors = List.copyOf(processors);
        skipped = List.copyOf(skipped);
    }

    /** Every processor, replayed or skipped, has handled every event in the store. */
    public boolean everyProcessorCaughtUp() {
        return processors.stream().allMatch(ReplayProgress::atHead) && skipped.stream().allMatch(ReplayProgress::atHead);
    }

    private static boolean atHead(ProcessorProgress processor) {
        return processor.caughtUp() && !processor.replaying() && processor.position() >= processor.head();
    }
}
