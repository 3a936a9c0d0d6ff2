package com.negotiationtracker.query.position;

import java.time.Instant;
import java.util.Map;

/**
 * A party's stances and versions on an issue, as the projection holds them while it works the history out.
 *
 * @param versionsFrom null when {@code versions} holds every version; otherwise it holds only those the record still
 *                     held at that record time or later, the only ones stances recorded then or later can change
 */
record PositionSubject(Map<StatementKey, PositionStatementEntity> statements,
                       Map<VersionKey, PositionVersionEntity> versions, Instant versionsFrom) {

    /** Whether {@link #versions} holds the version of that record-time interval, were it stored. */
    boolean holds(Instant recordedTo) {
        return versionsFrom == null || recordedTo == null || !recordedTo.isBefore(versionsFrom);
    }
}
