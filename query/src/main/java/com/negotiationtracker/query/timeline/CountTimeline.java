package com.negotiationtracker.query.timeline;

/** Asks how many facts the timeline holds, optionally of one track and one kind (null for any); answers a Long. */
public record CountTimeline(String track, String kind) {
}
