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
 * @param readUntil    null when the stances held run to the end of the history in valid time; otherwise the valid
 *                     start of the last of them (and of any stated at the same time), read only as the successors of
 *                     the stances before: the stances after it are not held, so the versions of those at it are not
 *                     known here and stay as they are
 */
record PositionSubject(SubjectKey key, Map<StatementKey, PositionStatementEntity> statements,
                       Map<VersionKey, PositionVersionEntity> versions, Instant versionsFrom, Instant readUntil) {

    static PositionSubject empty(SubjectKey key, Instant versionsFrom) {
        return part(key, versionsFrom, null);
    }

    /** A part of a subject's history, to be read: see {@link #versionsFrom} and {@link #readUntil}. */
    static PositionSubject part(SubjectKey key, Instant versionsFrom, Instant readUntil) {
        return new PositionSubject(key, new HashMap<>(), new HashMap<>(), versionsFrom, readUntil);
    }

    /**
     * Whether the versions of a stance starting at {@code validFrom} are worked out here: not those of the stances at
     * {@link #readUntil}, whose successors are not held.
     */
    boolean knowsSuccessorOf(Instant validFrom) {
        return readUntil == null || validFrom.isBefore(readUntil);
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
