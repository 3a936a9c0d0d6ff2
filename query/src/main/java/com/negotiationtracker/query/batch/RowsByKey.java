package com.negotiationtracker.query.batch;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rows of many two-column keys at once, as entities: {@code (a, b) in ((?, ?), ...)}, a list of row
 * values, which H2 and PostgreSQL both look up in an index on {@code (a, b)}. (H2 walks such an index with an
 * equality or a list on its first column only: {@code a = ? and b in (...)} reads every row of {@code a}.)
 */
public final class RowsByKey {

    private RowsByKey() {
    }

    /**
     * The rows of {@code table}, mapped to {@code entity}, whose {@code columns} hold one of the {@code keys} (each
     * a pair of values), read in IN lists of at most {@link SqlValues#IN_LIST} keys. The entities are managed by
     * {@code entityManager}; nothing is flushed before they are read.
     */
    public static <T> List<T> read(EntityManager entityManager, Class<T> entity, String table, String columns,
                                   List<List<String>> keys) {
        List<T> rows = new ArrayList<>();
        for (List<List<String>> chunk : SqlValues.chunks(keys)) {
            StringBuilder sql = new StringBuilder("select * from ").append(table).append(" where (").append(columns)
                    .append(") in (");
            for (int key = 0; key < chunk.size(); key++) {
                sql.append(key == 0 ? "" : ", ").append("(?").append(2 * key + 1).append(", ?").append(2 * key + 2)
                        .append(')');
            }
            Query query = entityManager.createNativeQuery(sql.append(')').toString(), entity)
                    .setFlushMode(FlushModeType.COMMIT);
            for (int key = 0; key < chunk.size(); key++) {
                query.setParameter(2 * key + 1, chunk.get(key).get(0));
                query.setParameter(2 * key + 2, chunk.get(key).get(1));
            }
            for (Object row : query.getResultList()) {
                rows.add(entity.cast(row));
            }
        }
        return rows;
    }
}
