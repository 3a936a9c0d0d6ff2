package com.negotiationtracker.query.batch;

import java.sql.ResultSet;
import java.sql.SQLException;
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

    /** A timestamp with time zone as both drivers give it back (an offset date-time), null for SQL null. */
    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
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

    /**
     * The next power of two (at most {@link #IN_LIST}): a list is filled up with its last key to this size, so that a
     * few query texts serve every batch and each is parsed once instead of once per batch.
     */
    public static int paddedSize(int keys) {
        return Math.min(IN_LIST, Integer.highestOneBit(Math.max(1, keys - 1)) << 1);
    }

    /**
     * A padded list of {@code pairs} row values, {@code ((?, ?), (?, ?), ...)}, for {@code (a, b) in} on both
     * databases, with the arguments for {@code keys} (each a pair of values; at most {@link #IN_LIST} of them).
     */
    public static PairList pairList(List<List<String>> keys) {
        int size = paddedSize(keys.size());
        StringBuilder sql = new StringBuilder("(");
        Object[] arguments = new Object[2 * size];
        for (int key = 0; key < size; key++) {
            sql.append(key == 0 ? "(?, ?)" : ", (?, ?)");
            List<String> value = keys.get(Math.min(key, keys.size() - 1));
            arguments[2 * key] = value.get(0);
            arguments[2 * key + 1] = value.get(1);
        }
        return new PairList(sql.append(')').toString(), arguments);
    }

    /** A list of row values in SQL and the arguments that go with it. */
    public record PairList(String sql, Object[] arguments) {
    }
}
