package com.negotiationtracker.config.replay;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every read-model table of the schema with all its rows, read by plain JDBC: whatever projections exist, without
 * naming them. A table is a read model unless it belongs to Axon (events, snapshots, tokens, sagas, dead letters), to
 * Flyway, to the resets' bookkeeping ({@code read_model_emptying}), or to the audit chain, which is never replayed.
 * Each table's rows are rendered as text, every column by name, and sorted, so that two snapshots compare row for row
 * whatever order the rows were written in.
 *
 * @param tables the rows of each read-model table, by lower-case table name
 */
record ReadModelSnapshot(Map<String, List<String>> tables) {

    /** The tables that are not read models; the audit chain's is compared on its own. */
    static final Set<String> NOT_READ_MODELS = Set.of("domain_event_entry", "snapshot_event_entry", "token_entry",
            "saga_entry", "association_value_entry", "dead_letter_entry", "flyway_schema_history", "event_chain",
            "read_model_emptying");

    static ReadModelSnapshot of(JdbcTemplate jdbc) {
        return jdbc.execute((ConnectionCallback<ReadModelSnapshot>) connection -> {
            Map<String, List<String>> tables = new TreeMap<>();
            for (String table : tablesOf(connection)) {
                if (!NOT_READ_MODELS.contains(table.toLowerCase(Locale.ROOT))) {
                    tables.put(table.toLowerCase(Locale.ROOT), rowsOf(connection, table));
                }
            }
            return new ReadModelSnapshot(tables);
        });
    }

    /** The rows of one table, if the schema has it (the audit chain's table, say); none otherwise. */
    static List<String> rowsOfTable(JdbcTemplate jdbc, String name) {
        return jdbc.execute((ConnectionCallback<List<String>>) connection -> {
            for (String table : tablesOf(connection)) {
                if (table.equalsIgnoreCase(name)) {
                    return rowsOf(connection, table);
                }
            }
            return List.of();
        });
    }

    List<String> rows(String table) {
        return tables.getOrDefault(table, List.of());
    }

    private static List<String> tablesOf(Connection connection) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet found = metadata.getTables(connection.getCatalog(), connection.getSchema(), "%", null)) {
            while (found.next()) {
                String type = found.getString("TABLE_TYPE");
                if ("TABLE".equals(type) || "BASE TABLE".equals(type)) {
                    tables.add(found.getString("TABLE_NAME"));
                }
            }
        }
        return tables;
    }

    private static List<String> rowsOf(Connection connection, String table) throws SQLException {
        String quote = connection.getMetaData().getIdentifierQuoteString().trim();
        List<String> rows = new ArrayList<>();
        try (var statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select * from " + quote + table + quote)) {
            ResultSetMetaData columns = result.getMetaData();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= columns.getColumnCount(); column++) {
                    row.append(column == 1 ? "" : " | ")
                            .append(columns.getColumnName(column).toLowerCase(Locale.ROOT)).append('=')
                            .append(valueOf(result, column));
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }

    /** A column's value as text that depends on the value alone (not on the driver's object identities). */
    private static String valueOf(ResultSet result, int column) throws SQLException {
        Object value = result.getObject(column);
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        if (value instanceof Blob blob) {
            return HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
        }
        if (value instanceof Clob) {
            return result.getString(column);
        }
        if (value instanceof Array array) {
            return Arrays.deepToString((Object[]) array.getArray());
        }
        return String.valueOf(value);
    }
}
