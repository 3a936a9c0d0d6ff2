package com.negotiationtracker.query.position;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A party's stances and versions on an issue, as the projection holds them while it works the history out: all of
 * them, or the part of the history that the stances being handled can change.
 *
 * @param versionsFrom null when {@code versions} holds every version; otherwise it holds only those the record still
 *                     held at that record time or later, the only ones stances recorded then or later can change
 */
record PositionSubject(SubjectKey key, Map<StatementKey, PositionStatementEntity> statements,
                       Map<VersionKey, PositionVersionEntity> versions, Instant versionsFrom) {

    static PositionSubject empty(SubjectKey key, Instant versionsFrom) {
        return new PositionSubject(key, new HashMap<>(), new HashMap<>(), versionsFrom);
    }

    /** Whether {@link #versions} holds the version of that record-time interval, were it stored. */
    boolean holds(Instant recordedTo) {
        return versionsFrom == null || recordedTo == null || !recordedTo.isBefore(versionsFrom);
    }

    /** The latest record time of the stances held, the subject's own when they are its newest. */
    Instant lastRecorded() {
        return statements.values().stream().map(PositionStatementEntity::recordedAt).max(Instant::compareTo)
                .orElse(null);
    }
}
