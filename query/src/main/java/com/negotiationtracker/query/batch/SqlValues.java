package com.negotiationtracker.query.batch;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Values as JDBC statements take them on both H2 and PostgreSQL, for projections that write rows by batch. */
public final class SqlValues {

    /** Keys per IN list: far below the parameter limits of both databases, and few statements per batch. */
    public static final int IN_LIST = 500;

    private SqlValues() {
    }

    /** PostgreSQL's driver takes no {@link Instant}; both take an offset date-time for a timestamp with time zone. */
    public static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** {@code values} in pieces of at most {@link #IN_LIST}, one IN list each. */
    public static <T> List<List<T>> chunks(List<T> values) {
        if (values.size() <= IN_LIST) {
            return values.isEmpty() ? List.of() : List.of(values);
        }
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += IN_LIST) {
            chunks.add(values.subList(from, Math.min(values.size(), from + IN_LIST)));
        }
        return Collections.unmodifiableList(chunks);
    }
}
