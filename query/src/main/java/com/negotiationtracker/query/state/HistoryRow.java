package com.negotiationtracker.query.state;

import java.time.Instant;

/**
 * A row of a bitemporal history: a version in valid time, as the record held it over {@code [recordedFrom,
 * recordedTo)}; {@code recordedTo} null means the record still holds it.
 */
record HistoryRow(Version version, Instant recordedFrom, Instant recordedTo) {

    /** What identifies a row, whatever became of it later: the version and when the record first held it. */
    record Identity(Version version, Instant recordedFrom) {
    }

    Identity identity() {
        return new Identity(version, recordedFrom);
    }
}
