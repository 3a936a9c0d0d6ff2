package com.negotiationtracker.web.pages.analyst;

import com.negotiationtracker.query.timeline.TimelineEntry;
import com.negotiationtracker.query.timeline.ValidTimeView;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One step of the analyst's timeline: a fact ({@code number} counts from 1 along the axis) and the moment it stands
 * for on that axis.
 */
public record Step(int number, TimelineEntry entry, Axis axis) {

    /** {@code track/factId}: the fact's id in the URL, stable while the record grows. */
    public String id() {
        return id(entry);
    }

    static String id(TimelineEntry entry) {
        return entry.track() + "/" + entry.factId();
    }

    /**
     * The valid time to ask the state at: on valid time, the last moment of the fact's valid period (a fact dated
     * 12 February counts from the end of the 12th, so that it is part of the state shown at its own step); on record
     * time, null, meaning now.
     */
    public Instant validAt() {
        if (axis == Axis.RECORD) {
            return null;
        }
        ValidTimeView valid = entry.validTime();
        return valid.until().isAfter(valid.from()) ? valid.until().minus(1, ChronoUnit.MICROS) : valid.from();
    }

    /** The record time to ask the state at: on record time, when the fact was recorded; on valid time, null (now). */
    public Instant knownAt() {
        return axis == Axis.RECORD ? entry.recordedAt() : null;
    }
}
