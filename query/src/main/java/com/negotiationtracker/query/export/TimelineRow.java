package com.negotiationtracker.query.export;

import java.time.Instant;
import java.util.List;

/**
 * One fact of the timeline read model, flat, as the CSV export writes it: every column of {@code timeline_entry}, with
 * the actors the fact is about and the issues it concerns in their order, and the kind-specific details as the JSON
 * the read model keeps.
 */
public record TimelineRow(String factId, String track, String kind, String summary, String validTime,
                          String validTimePrecision, boolean validTimeApproximate, Instant validFrom,
                          Instant validUntil, List<String> actors, List<String> issues, String assertedBy,
                          String channel, String quote, String sourceReference, String sourceOutlet,
                          String sourceTitle, String sourceUrl, String sourcePublishedAt, String details,
                          Instant recordedAt, Long globalPosition) {

    public TimelineRow {
        actors = List.copyOf(actors);
        issues = List.copyOf(issues);
    }
}
