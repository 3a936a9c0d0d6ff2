package com.negotiationtracker.config.benchmark;

import com.negotiationtracker.query.batch.DatabaseProduct;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The least writing any replay of the read models must do, done with plain JDBC in the same run: every row the replay
 * left in the read models' tables, written again into an empty copy of those tables (the application's own
 * migrations, run into a schema of their own: the same columns, keys, indexes and foreign keys), in batches of
 * {@value #BATCH} rows and a commit every {@value #COMMIT} rows, parents before the rows that refer to them.
 * <p>
 * A replay writes at least these rows (it also closes versions, and reads its own tables as it goes), so the events it
 * replays divided by the time of this writing alone is a ceiling on its rate that no projection code can pass on this
 * database and schema. The rows are read from the tables as they are copied; that read is timed on its own first and
 * taken off the copy's time.
 */
final class ReadModelCeiling {

    static final int BATCH = 1_000;
    static final int COMMIT = 5_000;
    /** Tables a replay does not rebuild: the event store, Axon's own, the migrations' and the audit chain's. */
    private static final Set<String> NOT_REBUILT = Set.of("domain_event_entry", "snapshot_event_entry",
            "token_entry", "saga_entry", "association_value_entry", "dead_letter_entry", "flyway_schema_history",
            "event_chain", "read_model_emptying", "state_lock");

    /**
     * What the copy wrote and how long it took; {@code readNanos} is the same rows read without writing them.
     *
     * @param tables the tables copied, in the order they were
     */
    record Result(long rows, List<String> tables, long readNanos, long copyNanos) {
        long writeNanos() {
            return Math.max(1, copyNanos - readNanos);
        }

        double rowsPerSecond() {
            return rows / (writeNanos() / 1e9);
        }

        /** The most events a second a replay of {@code events} events that must write these rows could reach. */
        double eventsPerSecond(long events) {
            return events / (writeNanos() / 1e9);
        }

        /** A line for the benchmark's progress output. */
        String summary(long events) {
            return "the read models' " + Figures.count(rows) + " rows written raw: " + Figures.rate(rowsPerSecond(),
                    "rows") + ", a replay's ceiling " + Figures.rate(eventsPerSecond(events), "events");
        }

        /** A row of the benchmark's table. */
        String markdownRow(long events) {
            return "| the rebuilt read models' rows written again with plain JDBC into an empty copy of their tables ("
                    + Figures.count(rows) + " rows, " + tables.size() + " tables; batches of " + Figures.count(BATCH)
                    + ", a commit every " + Figures.count(COMMIT) + ") | " + Figures.seconds(writeNanos())
                    + " of writing (" + Figures.seconds(copyNanos) + " copying, less " + Figures.seconds(readNanos)
                    + " reading them alone): " + Figures.rate(rowsPerSecond(), "rows") + ", so a replay that must"
                    + " write them reaches at most " + Figures.rate(eventsPerSecond(events), "events") + " |\n";
        }

        /** What the ceiling says of the target of a third of {@code baseline} events a second. */
        String targetNote(long events, double baseline) {
            double most = eventsPerSecond(events);
            return "; writing the read models' rows alone, raw, allows at most " + Figures.count(most) + " / "
                    + Figures.count(baseline) + " = " + Figures.ratio(most / baseline) + (most * 3 < baseline
                    ? ": out of reach on this database with these read models, whatever the projections do"
                    : "");
        }
    }

    private final DataSource dataSource;
    private final String sourceSchema;
    /**
     * Where the copy goes: a schema named after the source, dropped before and after; in the case the database folds
     * names to, as the migrations quote it and the statements here do not.
     */
    private final String targetSchema;
    /** Keeps the values read observably used, so that the JIT cannot leave the reading out. */
    private long sink;

    /** For the application's tables in the schema {@code dataSource}'s connections work in. */
    ReadModelCeiling(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        try (Connection connection = dataSource.getConnection()) {
            this.sourceSchema = connection.getSchema();
        }
        this.targetSchema = sourceSchema + (sourceSchema.equals(sourceSchema.toUpperCase(Locale.ROOT)) ? "_CEILING"
                : "_ceiling");
    }

    Result measure() throws SQLException {
        dropTarget();
        try {
            migrateTarget();
            List<String> tables = tablesParentsFirst();
            emptyTarget(tables);
            long readStart = System.nanoTime();
            long rows = 0;
            for (String table : tables) {
                rows += read(table);
            }
            long readNanos = System.nanoTime() - readStart;
            long copyStart = System.nanoTime();
            long copied = 0;
            for (String table : tables) {
                copied += copy(table);
            }
            long copyNanos = System.nanoTime() - copyStart;
            if (copied != rows) {
                throw new IllegalStateException("the read models changed while they were copied: " + rows
                        + " rows read, " + copied + " copied");
            }
            return new Result(rows, List.copyOf(tables), readNanos, copyNanos);
        } finally {
            dropTarget();
        }
    }

    private void migrateTarget() {
        String vendor = DatabaseProduct.of(dataSource) == DatabaseProduct.POSTGRESQL ? "postgresql" : "h2";
        Flyway.configure().dataSource(dataSource).schemas(targetSchema).defaultSchema(targetSchema)
                .createSchemas(true).locations("classpath:db/migration/" + vendor).load().migrate();
    }

    /** The read models' tables in the source schema, each after every table its foreign keys point at. */
    private List<String> tablesParentsFirst() throws SQLException {
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet tables = meta.getTables(null, sourceSchema, "%", new String[]{"TABLE"})) {
                while (tables.next()) {
                    String table = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!NOT_REBUILT.contains(table)) {
                        parents.put(table, new LinkedHashSet<>());
                    }
                }
            }
            for (Map.Entry<String, Set<String>> table : parents.entrySet()) {
                try (ResultSet keys = meta.getImportedKeys(null, sourceSchema, nameAsStored(meta, table.getKey()))) {
                    while (keys.next()) {
                        String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                        if (!parent.equals(table.getKey())) {
                            table.getValue().add(parent);
                        }
                    }
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < parents.size()) {
            int before = ordered.size();
            parents.forEach((table, itsParents) -> {
                if (!ordered.contains(table) && ordered.containsAll(itsParents.stream()
                        .filter(parents::containsKey).toList())) {
                    ordered.add(table);
                }
            });
            if (ordered.size() == before) {
                throw new IllegalStateException("the read models' foreign keys go round in a circle: " + parents);
            }
        }
        return ordered;
    }

    private static String nameAsStored(DatabaseMetaData meta, String table) throws SQLException {
        return meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
    }

    /** The migrations add a row or two of their own (a lock's row, say); the copy brings its own. */
    private void emptyTarget(List<String> tables) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (int i = tables.size() - 1; i >= 0; i--) {
                statement.executeUpdate("delete from " + targetSchema + "." + tables.get(i));
            }
        }
    }

    private long read(String table) throws SQLException {
        long rows = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            try (Statement select = connection.createStatement()) {
                select.setFetchSize(BATCH);
                try (ResultSet result = select.executeQuery("select * from " + sourceSchema + "." + table)) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        for (int column = 1; column <= columns; column++) {
                            Object value = result.getObject(column);
                            sink += value == null ? 0 : 1;
                        }
                        rows++;
                    }
                }
            }
            connection.commit();
        }
        return rows;
    }

    private long copy(String table) throws SQLException {
        long rows = 0;
        try (Connection from = dataSource.getConnection(); Connection to = dataSource.getConnection()) {
            from.setAutoCommit(false);
            to.setAutoCommit(false);
            try (Statement select = from.createStatement()) {
                select.setFetchSize(BATCH);
                try (ResultSet result = select.executeQuery("select * from " + sourceSchema + "." + table)) {
                    ResultSetMetaData columns = result.getMetaData();
                    try (PreparedStatement insert = to.prepareStatement(insertInto(table, columns))) {
                        while (result.next()) {
                            for (int column = 1; column <= columns.getColumnCount(); column++) {
                                insert.setObject(column, result.getObject(column));
                            }
                            insert.addBatch();
                            rows++;
                            if (rows % BATCH == 0) {
                                insert.executeBatch();
                            }
                            if (rows % COMMIT == 0) {
                                to.commit();
                            }
                        }
                        insert.executeBatch();
                        to.commit();
                    }
                }
            }
            from.commit();
        }
        return rows;
    }

    private String insertInto(String table, ResultSetMetaData columns) throws SQLException {
        List<String> names = new ArrayList<>();
        for (int column = 1; column <= columns.getColumnCount(); column++) {
            names.add(columns.getColumnName(column));
        }
        return "insert into " + targetSchema + "." + table + " (" + String.join(", ", names) + ") values ("
                + String.join(", ", names.stream().map(name -> "?").toList()) + ")";
    }

    private void dropTarget() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + targetSchema + " cascade");
        }
    }
}
