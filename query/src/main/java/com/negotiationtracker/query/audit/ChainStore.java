package com.negotiationtracker.query.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Every SQL statement of the audit chain, in one place: it reads Axon's event table ({@code domain_event_entry},
 * {@code V1__axon_event_store.sql}) as stored, and reads and appends the chain ({@code event_chain},
 * {@code V6__audit_chain.sql}). Plain JDBC in SQL that H2 and PostgreSQL both speak; statements join the caller's
 * transaction, so that a seal commits with the processor's token.
 */
@Component
class ChainStore {

    /** Rows a cursor holds at a time: a long chain streams through in constant memory. */
    static final int FETCH_SIZE = 500;

    private static final String STORED_COLUMNS = "e.global_index, e.event_identifier, e.aggregate_identifier, "
            + "e.sequence_number, e.type, e.payload_type, e.payload_revision, e.payload, e.meta_data, e.time_stamp";
    private static final String SEAL_COLUMNS = "c.chain_index, c.global_index as sealed_index, "
            + "c.event_identifier as sealed_identifier, c.previous_hash, c.hash";

    private final JdbcTemplate jdbc;

    public ChainStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
    }

    /** The stored row of an event, by its identifier (unique in the event table). */
    Optional<StoredEvent> storedEvent(String eventIdentifier) {
        return first(jdbc.query("select " + STORED_COLUMNS + " from domain_event_entry e where e.event_identifier = ?",
                ChainStore::storedEvent, eventIdentifier));
    }

    Optional<Seal> sealOf(String eventIdentifier) {
        return first(jdbc.query("select " + SEAL_COLUMNS + " from event_chain c where c.event_identifier = ?",
                ChainStore::seal, eventIdentifier));
    }

    /** The head of the chain: its last seal, or {@link Seal#GENESIS} before the first. */
    Seal lastSeal() {
        return first(jdbc.query("select " + SEAL_COLUMNS + " from event_chain c order by c.chain_index desc "
                + "fetch first 1 rows only", ChainStore::seal)).orElse(Seal.GENESIS);
    }

    void append(Seal seal) {
        jdbc.update("insert into event_chain (chain_index, global_index, event_identifier, previous_hash, hash) "
                        + "values (?, ?, ?, ?, ?)",
                seal.chainIndex(), seal.globalIndex(), seal.eventIdentifier(), seal.previousHash(), seal.hash());
    }

    /**
     * Hands the seals up to {@code lastChainIndex}, in chain order, each with the row now stored at its global index
     * (null where there is none), to {@code visitor} until it answers false. One forward-only cursor: call it in a
     * transaction, which PostgreSQL needs to fetch a cursor in parts rather than whole.
     */
    void walk(long lastChainIndex, LinkVisitor visitor) {
        jdbc.query("select " + SEAL_COLUMNS + ", " + STORED_COLUMNS + " from event_chain c "
                + "left join domain_event_entry e on e.global_index = c.global_index "
                + "where c.chain_index <= ? order by c.chain_index", (ResultSetExtractor<Void>) rows -> {
            while (rows.next()) {
                Seal seal = seal(rows, 0);
                StoredEvent stored = rows.getObject("global_index") == null ? null : storedEvent(rows, 0);
                if (!visitor.visit(seal, stored)) {
                    break;
                }
            }
            return null;
        }, lastChainIndex);
    }

    /** The stored events that no seal names yet: how many, and the lowest global index among them. */
    Unsealed unsealed() {
        return jdbc.queryForObject("select count(*), min(e.global_index) from domain_event_entry e where not exists "
                        + "(select 1 from event_chain c where c.global_index = e.global_index)",
                (rows, row) -> new Unsealed(rows.getLong(1), (Long) rows.getObject(2, Long.class)));
    }

    @FunctionalInterface
    interface LinkVisitor {
        /** One seal and the stored row at its global index (null when none); false stops the walk. */
        boolean visit(Seal seal, StoredEvent stored);
    }

    record Unsealed(long count, Long firstGlobalIndex) {
    }

    private static StoredEvent storedEvent(ResultSet rows, int row) throws SQLException {
        return new StoredEvent(rows.getLong("global_index"), rows.getString("event_identifier"),
                rows.getString("aggregate_identifier"), rows.getLong("sequence_number"), rows.getString("type"),
                rows.getString("payload_type"), rows.getString("payload_revision"), rows.getBytes("payload"),
                rows.getBytes("meta_data"), rows.getString("time_stamp"));
    }

    private static Seal seal(ResultSet rows, int row) throws SQLException {
        return new Seal(rows.getLong("chain_index"), rows.getLong("sealed_index"),
                rows.getString("sealed_identifier"), rows.getString("previous_hash"), rows.getString("hash"));
    }

    private static <T> Optional<T> first(List<T> rows) {
        return rows.stream().findFirst();
    }
}
