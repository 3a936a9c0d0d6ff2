package com.negotiationtracker.query.state;

import com.negotiationtracker.query.batch.IndexHints;
import com.negotiationtracker.query.batch.ProcessorBatch;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The state projection on a real H2 database whose tables the application's migrations create ({@code V1} for the
 * token table {@code V11} empties; {@code V3}, {@code V10} to {@code V12}, {@code V14}, {@code V15} and {@code V17} for
 * the state's own): events go in through Axon's annotated handler adapter (as a processor delivers them), answers come
 * out through a query gateway (as the web layer asks).
 */
final class StateFixture implements AutoCloseable {

    /** Where the application keeps its migrations (the tests run in the query module's folder). */
    private static final Path MIGRATIONS = Path.of("..", "config", "src", "main", "resources", "db", "migration", "h2");

    private final EmbeddedDatabase database = new EmbeddedDatabaseBuilder()
            .setType(EmbeddedDatabaseType.H2)
            .generateUniqueName(true)
            .addScript(MIGRATIONS.resolve("V1__axon_event_store.sql").toUri().toString())
            .addScript(MIGRATIONS.resolve("V3__state.sql").toUri().toString())
            .addScript(MIGRATIONS.resolve("V10__state_tails.sql").toUri().toString())
            .addScript(MIGRATIONS.resolve("V11__state_fact_channels.sql").toUri().toString())
            .addScript(MIGRATIONS.resolve("V12__state_open_rows_index.sql").toUri().toString())
            .addScript(MIGRATIONS.resolve("V14__state_fact_valid_from.sql").toUri().toString())
            .addScript(MIGRATIONS.resolve("V15__state_history_versions_at.sql").toUri().toString())
            .addScript(MIGRATIONS.resolve("V17__state_lists_newest_first.sql").toUri().toString())
            .addScript(MIGRATIONS.resolve("V18__channel_contacts_counted_when_asked.sql").toUri().toString())
            .addScript(MIGRATIONS.resolve("V20__read_model_emptying.sql").toUri().toString())
            .build();
    private final JdbcTemplate jdbc = new JdbcTemplate(database);
    private final DataSourceTransactionManager transactions = new DataSourceTransactionManager(database);
    private final AnnotationEventHandlerAdapter processor;
    private final QueryGateway queries;

    StateFixture() {
        StateProjection projection = new StateProjection(database, transactions);
        processor = new AnnotationEventHandlerAdapter(projection);
        SimpleQueryBus queryBus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(projection).subscribe(queryBus);
        queries = DefaultQueryGateway.builder().queryBus(queryBus).build();
    }

    /** A fresh database with the reference story's events handled one at a time, as the live processor does. */
    static StateFixture withReferenceStory() {
        StateFixture state = new StateFixture();
        state.deliver(StateEvents.referenceStory());
        return state;
    }

    void deliver(List<? extends EventMessage<?>> messages) {
        messages.forEach(this::deliver);
    }

    void deliver(EventMessage<?> message) {
        try {
            processor.handle(message);
        } catch (Exception e) {
            throw new IllegalStateException("the projection failed on " + message.getPayload(), e);
        }
    }

    /** Delivers events in one transaction, as a processor handles a batch: what they write commits together. */
    void deliverInOneTransaction(List<? extends EventMessage<?>> messages, Runnable beforeCommit) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            deliver(messages);
            beforeCommit.run();
        });
    }

    /**
     * Delivers events as a processor's batch: in one unit of work (which holds the projection's working set) and one
     * transaction.
     */
    void deliverAsOneBatch(List<? extends EventMessage<?>> messages) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            ProcessorBatch.handle(processor, messages);
        });
    }

    /** The same, with {@code beforeCommit} run once the batch is written and before its transaction commits. */
    void deliverAsOneBatch(List<? extends EventMessage<?>> messages, Runnable beforeCommit) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            ProcessorBatch.handle(processor, messages);
            beforeCommit.run();
        });
    }

    /** What a replay does first: the processor's reset handlers run. */
    void reset() {
        processor.prepareReset();
    }

    /** The state at {@code validAt} ({@link StateTimes} forms) as the record stood at {@code knownAt}. */
    DiplomaticState at(String validAt, Instant knownAt) {
        return ask(new DiplomaticStateAt(StateTimes.moment(validAt), knownAt, null));
    }

    /** The state at {@code validAt} as the record stands now. */
    DiplomaticState at(String validAt) {
        return at(validAt, null);
    }

    DiplomaticState ask(DiplomaticStateAt query) {
        return queries.query(query, DiplomaticState.class).join();
    }

    /** Every row of every table of the projection, in key order: to compare what two runs wrote. */
    Map<String, List<Map<String, Object>>> tables() {
        return Map.of(
                "state_history", jdbc.queryForList(
                        "select * from state_history order by entity_kind, entity_key, recorded_from, valid_from"),
                "state_fact", jdbc.queryForList("select * from state_fact order by track, fact_id"),
                "state_fact_channel", jdbc.queryForList(
                        "select * from state_fact_channel order by channel_key, track, fact_id"),
                "state_track", jdbc.queryForList("select * from state_track order by track"),
                "state_actor", jdbc.queryForList("select * from state_actor order by actor_id, sequence_number"),
                "state_tail", jdbc.queryForList("select * from state_tail order by entity_kind, entity_key"),
                "state_channel", jdbc.queryForList("select * from state_channel order by channel_key"),
                "state_channel_contact", jdbc.queryForList(
                        "select * from state_channel_contact order by channel_key, recorded_from, valid_from"),
                "state_channel_year", jdbc.queryForList(
                        "select * from state_channel_year order by channel_key, year_start, recorded_from"));
    }

    /** Forgets where every history's facts end, so that the next event recomputes what it shapes. */
    /** The projection's histories on this database, with the index hints it would use. */
    StateHistories histories() {
        return new StateHistories(jdbc, IndexHints.of(database));
    }

    /** The look-ups of one version an entity, with the index hints the projection would use. */
    VersionsAt versionsAt() {
        return new VersionsAt(jdbc, IndexHints.of(database));
    }

    /** The pages of the tracks' lists, reading what was recorded by a record time when {@code few} versions were. */
    ListPages listPages(int few) {
        return new ListPages(jdbc, IndexHints.of(database), few);
    }

    /** What a query answers, row by row. */
    List<Map<String, Object>> rows(String sql, Object... arguments) {
        return jdbc.queryForList(sql, arguments);
    }

    /**
     * Fills the histories as a large store does (many entities of a few kinds, most rows closed at many different
     * record times, some still open) and has H2 measure the columns again, as it does on its own as a table grows.
     */
    void fillHistoriesAndAnalyze(int rows) {
        List<Object[]> values = new ArrayList<>();
        OffsetDateTime start = OffsetDateTime.parse("2020-01-01T00:00:00Z");
        for (int row = 0; row < rows; row++) {
            OffsetDateTime recorded = start.plusMinutes(row);
            values.add(new Object[] {EntityKind.values()[row % EntityKind.values().length].column(),
                    "entity-" + (row % (rows / 10)), "track-" + row % 7, recorded,
                    row % 5 == 0 ? null : recorded.plusMinutes(1), start.plusDays(row % 3000)});
        }
        jdbc.batchUpdate("insert into state_history (entity_kind, entity_key, track, recorded_from, recorded_to,"
                + " valid_from, status, state) values (?, ?, ?, ?, ?, ?, 'ACTIVE', '{}')", values);
        jdbc.execute("analyze");
    }

    void forgetTails() {
        jdbc.update("delete from state_tail");
    }

    /** Forgets every fact kept so far, as if the projection had never seen them (the histories stay). */
    void forgetFacts() {
        jdbc.update("delete from state_fact_channel");
        jdbc.update("delete from state_fact");
    }

    /** Forgets the kept facts that start before {@code validFrom}: a history folded from a later start never reads them. */
    void forgetFactsBefore(String validFrom) {
        forgetFactsStarting("< ?", validFrom);
    }

    /** Forgets the kept facts that start on or after {@code validFrom}: a fold that stops before them never reads them. */
    void forgetFactsFrom(String validFrom) {
        forgetFactsStarting(">= ?", validFrom);
    }

    private void forgetFactsStarting(String comparedWithDay, String day) {
        OffsetDateTime start = OffsetDateTime.parse(day + "T00:00:00Z");
        jdbc.update("delete from state_fact_channel where valid_from " + comparedWithDay, start);
        jdbc.update("delete from state_fact where valid_from " + comparedWithDay, start);
    }

    /** How H2 would run a statement of the projection's, as {@code EXPLAIN} tells. */
    String plan(String sql, Object... arguments) {
        return jdbc.queryForObject("explain " + sql, String.class, arguments);
    }

    int historyRows() {
        return jdbc.queryForObject("select count(*) from state_history", Integer.class);
    }

    @Override
    public void close() {
        database.shutdown();
    }
}
