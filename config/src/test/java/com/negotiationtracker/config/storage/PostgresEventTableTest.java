package com.negotiationtracker.config.storage;

import com.negotiationtracker.config.TrackerApplication;
import com.negotiationtracker.config.support.EventStoreRows;
import com.negotiationtracker.config.support.PostgresSchema;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The JDBC event engine on PostgreSQL ({@code tracker.event-store.engine=jdbc}: Axon's JDBC engine on the migrations'
 * tables, the global index left to the column's default): a unit of work's events are numbered from the sequence in
 * the order appended, read back as written, and a second write at a stream position already taken records nothing
 * and is a concurrent write.
 */
@SpringBootTest(classes = TrackerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "tracker.event-store.engine=jdbc")
@ActiveProfiles("postgres")
class PostgresEventTableTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    EventStorageEngine engine;
    @Autowired
    TransactionManager transactionManager;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        PostgresSchema.register(registry);
    }

    @Test
    void the_setting_writes_events_in_batches_through_the_jdbc_engine() {
        assertThat(engine).isInstanceOf(JdbcEventStorageEngine.class);
    }

    @Test
    void the_application_lists_a_unit_of_works_staged_events_in_one_pass() {
        assertThat(eventStore).isInstanceOf(OnePassStagingEventStore.class);
    }

    @Test
    void a_unit_of_works_events_are_numbered_from_the_sequence_in_the_order_appended() {
        String stream = newStream();

        append(probe(stream, 0, "first"), probe(stream, 1, "second"), probe(stream, 2, "third"));

        List<Long> indexes = jdbc.queryForList("select global_index from domain_event_entry"
                + " where aggregate_identifier = ? order by sequence_number", Long.class, stream);
        assertThat(indexes).hasSize(3);
        assertThat(indexes.get(1)).isEqualTo(indexes.get(0) + 1);
        assertThat(indexes.get(2)).isEqualTo(indexes.get(1) + 1);
        assertThat(sequenceValue()).as("the last value the sequence handed out").isEqualTo(indexes.get(2));
        assertThat(payloads(eventStore.readEvents(stream))).containsExactly("first", "second", "third");
    }

    @Test
    void a_stream_position_taken_is_a_concurrent_write_and_records_nothing_of_its_unit_of_work() {
        String stream = newStream();
        String other = newStream();
        append(probe(stream, 0, "opened"), probe(stream, 1, "first answer"));
        long rowsBefore = new EventStoreRows(jdbc).count();

        assertThatThrownBy(() -> append(probe(stream, 1, "second answer"), probe(other, 0, "new stream")))
                .isInstanceOf(ConcurrencyException.class);

        assertThat(new EventStoreRows(jdbc).count()).isEqualTo(rowsBefore);
        assertThat(payloads(eventStore.readEvents(stream))).containsExactly("opened", "first answer");
    }

    @Test
    void the_transactions_connection_is_given_back_to_the_pool_once() throws Exception {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactionManager);
        engine.lastSequenceNumberFor(newStream()); // the engine takes the transaction's connection
        Connection transactions = DataSourceUtils.getConnection(dataSource);
        Connection physical = transactions.unwrap(Connection.class);
        DataSourceUtils.releaseConnection(transactions, dataSource);
        AtomicReference<Connection> nextUser = new AtomicReference<>();
        AtomicReference<Statement> itsStatement = new AtomicReference<>();
        // cleaned up before whatever the engine registered (the last handler first): by then the transaction has
        // given its connection back, and the pool hands it to the next taker on the same thread first
        unitOfWork.onCleanup(u -> {
            try {
                nextUser.set(dataSource.getConnection());
                itsStatement.set(nextUser.get().prepareStatement("select 1"));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        eventStore.publish(probe(newStream(), 0, "appended"));
        unitOfWork.commit();

        assertThat(nextUser.get().unwrap(Connection.class)).as("the next taker has the same pooled connection")
                .isSameAs(physical);
        nextUser.get().close();
        assertThat(itsStatement.get().isClosed())
                .as("the pool still tracked the next taker's statement and closed it with its connection; a second"
                        + " close of the transaction's connection would have dropped it from the pool's list")
                .isTrue();
    }

    private void append(DomainEventMessage<?>... events) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactionManager);
        eventStore.publish(events);
        unitOfWork.commit();
    }

    private static DomainEventMessage<Probe> probe(String stream, long sequence, String text) {
        return new GenericDomainEventMessage<>("Probe", stream, sequence, new Probe(text));
    }

    private static List<String> payloads(DomainEventStream events) {
        return events.asStream().map(event -> ((Probe) event.getPayload()).text()).toList();
    }

    private long sequenceValue() {
        Long value = jdbc.queryForObject("select last_value from domain_event_entry_seq", Long.class);
        return value == null ? 0 : value;
    }

    private static String newStream() {
        return "probe-" + UUID.randomUUID();
    }

    /** An event no read model handles, so that the test's rows change no read model. */
    record Probe(String text) {
    }
}
