package com.negotiationtracker.query.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One fact on the timeline, as the query side answers it (and the REST API returns it).
 *
 * @param factId     the fact's stable id, unique within its track
 * @param kind       the dossier's kind name: {@code call}, {@code invitation-issued} ...
 * @param actors     the actors the fact is about, in the order they matter
 * @param issues     the issues the fact concerns, where its kind names any
 * @param details    the kind-specific details: participants, duration, venue, host and guest, stance ...
 * @param recordedAt when the tracker recorded it (the event store's timestamp)
 */
public record TimelineEntry(String factId, String track, String kind, String summary, ValidTimeView validTime,
                            List<String> actors, List<String> issues, ProvenanceView provenance,
                            Map<String, Object> details, Instant recordedAt) {
}
