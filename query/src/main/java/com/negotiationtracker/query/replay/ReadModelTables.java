package com.negotiationtracker.query.replay;

import com.negotiationtracker.query.batch.DatabaseProduct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Empties a read model's tables for a replay, from its {@code @ResetHandler}: so that the tables are emptied if and
 * only if the reset's transaction, which puts the processor's tokens back to the start, commits.
 * <p>
 * On PostgreSQL with {@code TRUNCATE} in that transaction: it is transactional there, and takes a moment whatever the
 * tables hold ({@code CASCADE}: with any table whose foreign key points at them, which only a read model's own tables
 * do). On H2 the tables are marked in that transaction and truncated once it commits ({@link MarkedTables}): H2's
 * {@code TRUNCATE} commits the transaction it runs in, so run within the reset, a crash before the tokens were stored
 * would leave the tables empty and the processor where it stood, its read model missing everything before. Deleting
 * the rows instead, as this did before, kept the reset whole but took minutes on a large read model (at 100,000
 * facts: the state 66 s, the timeline 37 s, the claims 20 s) and grew the file by gigabytes. Other databases still
 * delete, row by row, in the reset's transaction.
 */
public final class ReadModelTables {

    private static final Logger log = LoggerFactory.getLogger(ReadModelTables.class);
    private static final Pattern TABLE_NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private enum Way { TRUNCATE_IN_THE_RESET, TRUNCATE_ONCE_COMMITTED, DELETE }

    private final JdbcTemplate jdbc;
    private final MarkedTables marked;
    private final Way way;

    private ReadModelTables(JdbcTemplate jdbc, MarkedTables marked, Way way) {
        this.jdbc = jdbc;
        this.marked = marked;
        this.way = way;
    }

    /** For the database behind {@code dataSource}, emptying its tables as described above. */
    public static ReadModelTables of(DataSource dataSource) {
        return switch (DatabaseProduct.of(dataSource)) {
            case POSTGRESQL -> new ReadModelTables(new JdbcTemplate(dataSource), MarkedTables.none(),
                    Way.TRUNCATE_IN_THE_RESET);
            case H2 -> new ReadModelTables(new JdbcTemplate(dataSource), MarkedTables.on(dataSource),
                    Way.TRUNCATE_ONCE_COMMITTED);
            case OTHER -> new ReadModelTables(new JdbcTemplate(dataSource), MarkedTables.none(), Way.DELETE);
        };
    }

    /**
     * Empties the tables, all of a read model's, those that hang from others by a foreign key first: in the current
     * transaction, or, on H2, once it commits (at once when there is none).
     *
     * @return what was done, for the log
     * @throws IllegalArgumentException for a name that is not a plain table name, or, on H2, when a table that is
     *                                  not named refers to one that is
     */
    public String empty(String... tables) {
        List<String> names = Arrays.stream(tables).map(ReadModelTables::checkedName).toList();
        switch (way) {
            case TRUNCATE_IN_THE_RESET -> {
                jdbc.execute("truncate table " + String.join(", ", names) + " cascade");
                return "truncated " + String.join(", ", names);
            }
            case TRUNCATE_ONCE_COMMITTED -> {
                marked.mark(jdbc, names);
                if (!TransactionSynchronizationManager.isSynchronizationActive()) {
                    return "truncated " + String.join(", ", marked.emptyAll());
                }
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        emptyMarkedAfterCommit();
                    }
                });
                return "marked " + String.join(", ", names) + " to be truncated once the reset commits";
            }
            default -> {
                List<String> removed = new ArrayList<>();
                for (String table : names) {
                    removed.add(jdbc.update("delete from " + table) + " rows from " + table);
                }
                return "deleted " + String.join(", ", removed);
            }
        }
    }

    /**
     * A failure here must not fail the reset, which has committed: the tables stay marked, and they are emptied before
     * the processor is started again ({@link ReplayService}) or when the application next starts.
     */
    private void emptyMarkedAfterCommit() {
        try {
            marked.emptyAll();
        } catch (RuntimeException failed) {
            log.error("A read model's tables could not be emptied after its reset; they stay marked and are emptied"
                    + " before its processor runs again: {}", failed.getMessage(), failed);
        }
    }

    static String checkedName(String table) {
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: '" + table + "'");
        }
        return table;
    }
}
