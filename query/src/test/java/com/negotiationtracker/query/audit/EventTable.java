package com.negotiationtracker.query.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A real H2 database with the tables the application's migrations create ({@code V1__axon_event_store.sql},
 * {@code V6__audit_chain.sql}): rows go into Axon's event table as Axon stores them, and tests alter them behind
 * the application's back, as someone with access to the database could.
 */
final class EventTable implements AutoCloseable {

    /** Where the application keeps its migrations (the tests run in the query module's folder). */
    static final Path MIGRATIONS = Path.of("..", "config", "src", "main", "resources", "db", "migration", "h2");

    final EmbeddedDatabase database = new EmbeddedDatabaseBuilder()
            .setType(EmbeddedDatabaseType.H2)
            .generateUniqueName(true)
            .addScript(MIGRATIONS.resolve("V1__axon_event_store.sql").toUri().toString())
            .addScript(MIGRATIONS.resolve("V6__audit_chain.sql").toUri().toString())
            .build();
    final JdbcTemplate jdbc = new JdbcTemplate(database);
    final ChainStore store = new ChainStore(database);
    final EventChain chain = new EventChain(store);
    final ChainVerifier verifier = new ChainVerifier(store, new DataSourceTransactionManager(database));

    /** Stores an event as Axon's JPA store does: a call in the us-russia track, its payload as JSON. */
    String store(long globalIndex, String payload) {
        String identifier = "event-" + globalIndex;
        jdbc.update("insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, "
                        + "sequence_number, type, payload_type, payload_revision, payload, meta_data, time_stamp) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                globalIndex, identifier, "track:us-russia", globalIndex, "NegotiationTrack",
                "com.negotiationtracker.core.call.CallHeld", null, bytes(payload),
                bytes("{\"traceId\":\"" + identifier + "\"}"), "2026-01-05T09:00:0" + (globalIndex % 10) + "Z");
        return identifier;
    }

    /** Stores the events with global indexes 1 to {@code count} and seals them, in that order. */
    void storeAndSeal(int count) {
        for (int index = 1; index <= count; index++) {
            chain.seal(store(index, payload(index)));
        }
    }

    static String payload(long globalIndex) {
        return "{\"fact\":{\"id\":\"fact-" + globalIndex + "\"},\"participants\":[\"trump\",\"putin\"]}";
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    long seals() {
        Long count = jdbc.queryForObject("select count(*) from event_chain", Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public void close() {
        database.shutdown();
    }
}
