package com.negotiationtracker.query.replay;

import com.negotiationtracker.query.batch.DatabaseProduct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Read model tables that a reset on H2 marked to be emptied once it committed ({@link ReadModelTables}), in the
 * table {@code read_model_emptying} (V20). {@link #emptyAll()} truncates them and removes their marks: right after
 * the reset commits, and when the application starts, before any processor runs, for a reset whose process died
 * between its commit and the truncation. A processor reset to the start of the store finds its tables empty either
 * way, and one whose reset rolled back finds them as they were.
 * <p>
 * {@code TRUNCATE} takes a moment whatever the table holds; deleting the rows of a large read model one by one took
 * minutes on H2 and grew its file by gigabytes. It refuses a table that another table's foreign key points at, so
 * the referential integrity of each table is switched off for its truncation: every table that hangs from a marked
 * one must be marked with it ({@link #mark}), and is truncated before it.
 */
public final class MarkedTables {

    private static final Logger log = LoggerFactory.getLogger(MarkedTables.class);
    private static final String REFERRING_TABLES = "select distinct lower(fk.table_name) from"
            + " information_schema.table_constraints fk"
            + " join information_schema.referential_constraints rc on rc.constraint_schema = fk.constraint_schema"
            + " and rc.constraint_name = fk.constraint_name"
            + " join information_schema.table_constraints pk on pk.constraint_schema = rc.unique_constraint_schema"
            + " and pk.constraint_name = rc.unique_constraint_name"
            + " where fk.constraint_type = 'FOREIGN KEY' and fk.table_schema = schema()"
            + " and lower(pk.table_name) = ?";

    /** The database the marks are on; none but H2 ever has any, so elsewhere there is nothing to look at. */
    private final DataSource dataSource;

    private MarkedTables(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The marks on the database behind {@code dataSource}; only H2 ever has any (asked once, here). */
    public static MarkedTables on(DataSource dataSource) {
        return DatabaseProduct.of(dataSource) == DatabaseProduct.H2 ? new MarkedTables(dataSource) : none();
    }

    /** None ever: for read models that are not kept in a database (in memory, as in the replay's own tests). */
    public static MarkedTables none() {
        return new MarkedTables(null);
    }

    /**
     * Marks the tables to be emptied, through {@code jdbc}: in its current transaction, where there is one.
     *
     * @throws IllegalArgumentException when a table that is not among them has a foreign key to one of them: its
     *                                  rows would be left pointing at nothing
     */
    void mark(JdbcTemplate jdbc, List<String> tables) {
        Set<String> named = new TreeSet<>(tables);
        for (String table : tables) {
            for (String referring : jdbc.queryForList(REFERRING_TABLES, String.class, table)) {
                if (!named.contains(referring)) {
                    throw new IllegalArgumentException("table '" + referring + "' refers to '" + table
                            + "': a read model's reset names every table of it, those that refer to others first");
                }
            }
        }
        for (int position = 0; position < tables.size(); position++) {
            jdbc.update("merge into read_model_emptying (table_name, position) key (table_name) values (?, ?)",
                    tables.get(position), position);
        }
    }

    /**
     * Truncates every marked table and removes its mark, each table in a commit of its own (a crash part way leaves
     * the rest marked), on a connection of its own: the reset's transaction is over, whatever thread runs this.
     *
     * @return the tables emptied, in the order they were
     */
    public List<String> emptyAll() {
        if (dataSource == null) {
            return List.of();
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            JdbcTemplate own = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            List<String> emptied = new ArrayList<>();
            for (String table : own.queryForList(
                    "select table_name from read_model_emptying order by position, table_name", String.class)) {
                String name = ReadModelTables.checkedName(table.toLowerCase(Locale.ROOT));
                own.execute("alter table " + name + " set referential_integrity false");
                own.execute("truncate table " + name);
                own.execute("alter table " + name + " set referential_integrity true");
                own.update("delete from read_model_emptying where table_name = ?", table);
                emptied.add(name);
            }
            if (!emptied.isEmpty()) {
                log.info("read model tables emptied: {}", String.join(", ", emptied));
            }
            return emptied;
        } catch (SQLException failed) {
            throw new IllegalStateException("cannot empty the read model tables marked for it: " + failed.getMessage(),
                    failed);
        }
    }
}
