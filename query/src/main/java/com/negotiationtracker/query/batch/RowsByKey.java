package com.negotiationtracker.query.batch;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads the rows of many two-column keys at once, as entities: {@code (a, b) in ((?, ?), ...)}, a list of row
 * values, which H2 and PostgreSQL both look up in an index on {@code (a, b)}. (H2 walks such an index with an
 * equality or a list on its first column only: {@code a = ? and b in (...)} reads every row of {@code a}.) The
 * entities are managed by the entity manager; nothing is flushed before they are read.
 */
public final class RowsByKey {

    private RowsByKey() {
    }

    /** The rows of {@code table}, mapped to {@code entity}, whose {@code columns} hold one of {@code keys}. */
    public static <T> List<T> read(EntityManager entityManager, Class<T> entity, String table, String columns,
                                   List<List<String>> keys) {
        return read(entityManager, entity, table, columns, keys, null, null);
    }

    /**
     * As {@link #read(EntityManager, Class, String, String, List)}, of the rows that also meet {@code condition} (with
     * one {@code ?}, for {@code value}); none when the condition is null.
     */
    public static <T> List<T> read(EntityManager entityManager, Class<T> entity, String table, String columns,
                                   List<List<String>> keys, String condition, Object value) {
        return read(keys, (list, next) -> {
            String where = condition == null ? "" : " and " + condition.replace("?", "?" + next);
            Query query = entityManager.createNativeQuery(
                    "select * from " + table + " where (" + columns + ") in " + list + where, entity);
            return condition == null ? query : query.setParameter(next, value);
        }, entity);
    }

    /**
     * The entities that {@code jpql}, which ends with a row value and {@code in}, selects for {@code keys}: for a
     * query that also fetches what the entities hold in other tables.
     */
    public static <T> List<T> fetch(EntityManager entityManager, Class<T> entity, String jpql,
                                    List<List<String>> keys) {
        return read(keys, (list, next) -> entityManager.createQuery(jpql + " " + list, entity), entity);
    }

    /** {@code keys} (each a pair of values) in IN lists of at most {@link SqlValues#IN_LIST}, one query each. */
    /** {@code query}: the query of one IN list, and the number of the first positional parameter after it. */
    private static <T> List<T> read(List<List<String>> keys, BiFunction<String, Integer, Query> query,
                                    Class<T> entity) {
        List<T> rows = new ArrayList<>();
        for (List<List<String>> chunk : SqlValues.chunks(keys)) {
            int size = SqlValues.paddedSize(chunk.size());
            StringBuilder list = new StringBuilder("(");
            for (int key = 0; key < size; key++) {
                list.append(key == 0 ? "" : ", ").append("(?").append(2 * key + 1).append(", ?").append(2 * key + 2)
                        .append(')');
            }
            Query read = query.apply(list.append(')').toString(), 2 * size + 1).setFlushMode(FlushModeType.COMMIT);
            for (int key = 0; key < size; key++) {
                List<String> value = chunk.get(Math.min(key, chunk.size() - 1));
                read.setParameter(2 * key + 1, value.get(0));
                read.setParameter(2 * key + 2, value.get(1));
            }
            for (Object row : read.getResultList()) {
                rows.add(entity.cast(row));
            }
        }
        return rows;
    }
}
