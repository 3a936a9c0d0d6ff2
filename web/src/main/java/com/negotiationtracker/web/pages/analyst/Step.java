package com.negotiationtracker.web.pages.analyst;

import com.negotiationtracker.query.timeline.TimelineEntry;

import java.time.Instant;

/**
 * One step of the analyst's timeline: a fact ({@code number} counts from 1 along the axis) and the moment it stands
 * for on that axis.
 */
public record Step(int number, TimelineEntry entry, Axis axis) {

    /** {@code track/factId}: the fact's id in the URL, stable while the record grows. */
    public String id() {
        return entry.track() + "/" + entry.factId();
    }

    /**
     * The valid time to ask the state at: on valid time, the moment the fact's valid period starts. The state counts a
     * fact from that moment on, and the steps are in order of it, so the state only moves forward as the steps do: the
     * end of the period would not do, as a fact dated to a month ({@code 2025-02}) comes before one of the 11th but
     * ends weeks after it. On record time, null, meaning now.
     */
    public Instant validAt() {
        return axis == Axis.RECORD ? null : entry.validTime().from();
    }

    /** The record time to ask the state at: on record time, when the fact was recorded; on valid time, null (now). */
    public Instant knownAt() {
        return axis == Axis.RECORD ? entry.recordedAt() : null;
    }
}
