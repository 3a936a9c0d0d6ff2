package com.negotiationtracker.config.benchmark;

import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The event table worked with plain JDBC, as the baseline the application's figures are set against in the same run:
 * the same table and the same rows, without Axon, Hibernate or the read models in between.
 */
final class RawEventStore {

    private static final String COLUMNS = "global_index, aggregate_identifier, sequence_number, type,"
            + " event_identifier, payload_type, payload_revision, payload, meta_data, time_stamp";

    /** One pass over rows: how many, how many payload bytes, how long. */
    record Pass(long rows, long bytes, long nanos) {
        double perSecond() {
            return rows / (nanos / 1e9);
        }

        double seconds() {
            return nanos / 1e9;
        }
    }

    /** One stored event, every column. */
    record Row(long globalIndex, String aggregateIdentifier, long sequenceNumber, String type, String eventIdentifier,
               String payloadType, String payloadRevision, byte[] payload, byte[] metaData, String timeStamp) {
    }

    private final DataSource dataSource;
    private final Serializer serializer;
    /** Keeps the deserialized objects observably used, so that the JIT cannot leave the work out. */
    private long sink;

    RawEventStore(DataSource dataSource, Serializer serializer) {
        this.dataSource = dataSource;
        this.serializer = serializer;
    }

    /**
     * Reads every event in global order with one cursor; with {@code deserialize}, also turns each payload and its
     * metadata into objects with the application's event serializer and parses the timestamp, as a processor must.
     */
    Pass read(boolean deserialize) throws SQLException {
        long rows = 0;
        long bytes = 0;
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            try (PreparedStatement select = connection.prepareStatement(
                    "select " + COLUMNS + " from domain_event_entry order by global_index")) {
                select.setFetchSize(1_000);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        byte[] payload = result.getBytes("payload");
                        byte[] metaData = result.getBytes("meta_data");
                        bytes += payload.length;
                        if (deserialize) {
                            Object event = serializer.deserialize(new SimpleSerializedObject<>(payload, byte[].class,
                                    result.getString("payload_type"), result.getString("payload_revision")));
                            MetaData meta = metaData == null ? MetaData.emptyInstance()
                                    : serializer.deserialize(new SerializedMetaData<>(metaData, byte[].class));
                            sink += System.identityHashCode(event) + meta.size()
                                    + Instant.parse(result.getString("time_stamp")).getNano();
                        } else {
                            sink += result.getLong("global_index") + result.getString("event_identifier").length();
                        }
                        rows++;
                    }
                }
                connection.commit();
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
        return new Pass(rows, bytes, System.nanoTime() - start);
    }

    /** Every stored event, read into memory so that inserting them again measures only the inserts. */
    List<Row> rows() throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement select = connection.createStatement();
             ResultSet result = select.executeQuery("select " + COLUMNS + " from domain_event_entry"
                     + " order by global_index")) {
            while (result.next()) {
                rows.add(new Row(result.getLong(1), result.getString(2), result.getLong(3), result.getString(4),
                        result.getString(5), result.getString(6), result.getString(7), result.getBytes(8),
                        result.getBytes(9), result.getString(10)));
            }
        }
        return rows;
    }

    /** A new, empty table shaped like the event table, with its keys and unique indexes (PostgreSQL). */
    void createCopyTable(String table) throws SQLException {
        execute("create table " + table + " (like domain_event_entry including all)");
    }

    void dropTable(String table) throws SQLException {
        execute("drop table if exists " + table);
    }

    /** Inserts the rows in JDBC batches of {@code batchSize}, one transaction per batch. */
    Pass batchInsert(String table, List<Row> rows, int batchSize) throws SQLException {
        long bytes = 0;
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(insertInto(table))) {
                int pending = 0;
                for (Row row : rows) {
                    bind(insert, row);
                    insert.addBatch();
                    bytes += row.payload().length;
                    if (++pending == batchSize) {
                        insert.executeBatch();
                        connection.commit();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                    connection.commit();
                }
            } finally {
                connection.setAutoCommit(true);
            }
        }
        return new Pass(rows.size(), bytes, System.nanoTime() - start);
    }

    /**
     * Inserts rows one per transaction (auto-commit), from {@code threads} connections at once, until the rows run out
     * or {@code limit} has passed.
     */
    Pass singleRowCommits(String table, List<Row> rows, int threads, Duration limit) throws Exception {
        AtomicLong inserted = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                workers.add(pool.submit(() -> {
                    try (Connection connection = dataSource.getConnection();
                         PreparedStatement insert = connection.prepareStatement(insertInto(table))) {
                        connection.setAutoCommit(true);
                        for (int i = first; i < rows.size() && System.nanoTime() < deadline; i += threads) {
                            bind(insert, rows.get(i));
                            insert.executeUpdate();
                            inserted.incrementAndGet();
                            bytes.addAndGet(rows.get(i).payload().length);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Pass(inserted.get(), bytes.get(), System.nanoTime() - start);
    }

    long sink() {
        return sink;
    }

    private static String insertInto(String table) {
        return "insert into " + table + " (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    private static void bind(PreparedStatement insert, Row row) throws SQLException {
        insert.setLong(1, row.globalIndex());
        insert.setString(2, row.aggregateIdentifier());
        insert.setLong(3, row.sequenceNumber());
        insert.setString(4, row.type());
        insert.setString(5, row.eventIdentifier());
        insert.setString(6, row.payloadType());
        insert.setString(7, row.payloadRevision());
        insert.setBytes(8, row.payload());
        insert.setBytes(9, row.metaData());
        insert.setString(10, row.timeStamp());
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
