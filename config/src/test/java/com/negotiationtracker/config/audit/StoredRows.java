package com.negotiationtracker.config.audit;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * Axon's event table as someone with access to the database sees it: rows to read, alter, delete, swap and put back,
 * behind the application's back. The tamper-evidence tests do to the store what an attacker would.
 */
final class StoredRows {

    private static final String COLUMNS = "global_index, aggregate_identifier, sequence_number, type, "
            + "event_identifier, payload_type, payload_revision, payload, meta_data, time_stamp";

    private final JdbcTemplate jdbc;

    StoredRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The rows whose payload type ends in {@code simpleName}, in global order. */
    List<Row> ofType(String simpleName) {
        return jdbc.query("select " + COLUMNS + " from domain_event_entry where payload_type like ? "
                + "order by global_index", (rows, row) -> new Row(rows.getLong("global_index"),
                rows.getString("aggregate_identifier"), rows.getLong("sequence_number"), rows.getString("type"),
                rows.getString("event_identifier"), rows.getString("payload_type"),
                rows.getString("payload_revision"), rows.getBytes("payload"), rows.getBytes("meta_data"),
                rows.getString("time_stamp")), "%." + simpleName);
    }

    long count() {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    void setPayload(long globalIndex, byte[] payload) {
        jdbc.update("update domain_event_entry set payload = ? where global_index = ?", payload, globalIndex);
    }

    void delete(long globalIndex) {
        jdbc.update("delete from domain_event_entry where global_index = ?", globalIndex);
    }

    void insert(Row row) {
        jdbc.update("insert into domain_event_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.globalIndex(), row.aggregateIdentifier(), row.sequenceNumber(), row.type(),
                row.eventIdentifier(), row.payloadType(), row.payloadRevision(), row.payload(), row.metaData(),
                row.timeStamp());
    }

    /** Moves the rows at two global indexes into each other's place. */
    void swapPlaces(long first, long second) {
        jdbc.update("update domain_event_entry set global_index = ? where global_index = ?", -first, first);
        jdbc.update("update domain_event_entry set global_index = ? where global_index = ?", first, second);
        jdbc.update("update domain_event_entry set global_index = ? where global_index = ?", second, -first);
    }

    record Row(long globalIndex, String aggregateIdentifier, long sequenceNumber, String type, String eventIdentifier,
               String payloadType, String payloadRevision, byte[] payload, byte[] metaData, String timeStamp) {
    }
}
