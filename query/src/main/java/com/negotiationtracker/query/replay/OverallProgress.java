package com.negotiationtracker.query.replay;

/**
 * The events handled by all replayed processors together, out of all they have to handle: each processor reads
 * the whole store, so the total is the head position times the number of processors. {@code done == total} once all
 * of them have reached the head.
 */
public record OverallProgress(long done, long total) {
}
