package com.negotiationtracker.query.batch;

import javax.sql.DataSource;

/**
 * Names the index a projection's look-up must use, where the database would otherwise pick another.
 * <p>
 * H2 chooses an index from each column's selectivity, which it measures on its own as a table grows. On a large store
 * it reckons {@code recorded_to is null} more selective than an entity's own key, and answers "this entity's open rows"
 * by walking every open row of every entity: on a million events that made the diplomatic state's processor a hundred
 * times slower. Only H2 is told ({@code USE INDEX}); PostgreSQL plans from the share of nulls it keeps for each column
 * and has no such syntax.
 */
public final class IndexHints {

    private static final IndexHints NONE = new IndexHints(false);

    private final boolean h2;

    private IndexHints(boolean h2) {
        this.h2 = h2;
    }

    /** The hints for the database behind {@code dataSource}. */
    public static IndexHints of(DataSource dataSource) {
        return DatabaseProduct.of(dataSource) == DatabaseProduct.H2 ? new IndexHints(true) : NONE;
    }

    /** Whether this database is told which index to use (H2). */
    public boolean given() {
        return h2;
    }

    /** What follows a table's name in a query to make H2 use {@code index}; nothing on other databases. */
    public String use(String index) {
        return h2 ? " use index (" + index + ")" : "";
    }
}
