package com.negotiationtracker.query.replay;

import com.negotiationtracker.query.batch.DatabaseProduct;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Empties a read model's tables for a replay, from its {@code @ResetHandler}: in the transaction that resets the
 * processor's tokens, so that the tables are emptied if and only if the tokens go back to the start.
 * <p>
 * On PostgreSQL with {@code TRUNCATE}, which is transactional there and takes a moment whatever the tables hold
 * ({@code CASCADE}: with any table whose foreign key points at them, which only a read model's own tables do).
 * Elsewhere with {@code DELETE}, row by row: H2's {@code TRUNCATE} commits the transaction it runs in, so a crash
 * before the tokens are stored would leave the tables empty and the processor where it stood, its read model missing
 * everything before. A {@code DELETE} keeps the reset whole, at the price of a minute or more for a large read model
 * on H2 (measured in {@link ReplayService}).
 */
public final class ReadModelTables {

    private static final Pattern TABLE_NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private final JdbcTemplate jdbc;
    private final boolean truncates;

    private ReadModelTables(JdbcTemplate jdbc, boolean truncates) {
        this.jdbc = jdbc;
        this.truncates = truncates;
    }

    /** For the database behind {@code dataSource}: truncating on PostgreSQL, deleting elsewhere. */
    public static ReadModelTables of(DataSource dataSource) {
        return new ReadModelTables(new JdbcTemplate(dataSource),
                DatabaseProduct.of(dataSource) == DatabaseProduct.POSTGRESQL);
    }

    /**
     * Empties the tables (and on PostgreSQL those whose foreign keys point at them), in the current transaction; with
     * {@code DELETE}, in the order given: the tables that hang from others by a foreign key first.
     *
     * @return what was done, for the log: the rows removed from each table, or that they were truncated
     */
    public String empty(String... tables) {
        for (String table : tables) {
            if (!TABLE_NAME.matcher(table).matches()) {
                throw new IllegalArgumentException("not a table name: '" + table + "'");
            }
        }
        if (truncates) {
            jdbc.execute("truncate table " + String.join(", ", tables) + " cascade");
            return "truncated " + String.join(", ", tables);
        }
        List<String> removed = new ArrayList<>();
        for (String table : tables) {
            removed.add(jdbc.update("delete from " + table) + " rows from " + table);
        }
        return "deleted " + String.join(", ", removed);
    }
}
