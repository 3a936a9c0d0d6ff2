package com.negotiationtracker.config.storage;

import com.negotiationtracker.config.TrackerApplication;
import com.negotiationtracker.config.support.PostgresSchema;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Gaps on PostgreSQL: an index whose transaction is still running stays a gap however long it runs, one whose
 * transaction commits late is read, and one whose transaction rolled back is dropped from the token as soon as the
 * server shows that transaction has ended, long before the gap timeout (ten minutes). A reader passes a few indexes
 * that may still commit, as Axon does, and stops where it would carry more than the limit or read far past one.
 */
@SpringBootTest(classes = TrackerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("postgres")
class PostgresGapSettlementTest {

    @Autowired
    GapSettlement gapSettlement;
    @Autowired
    EventStore eventStore;
    @Autowired
    EventStorageEngine engine;
    @Autowired
    TransactionManager transactionManager;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${tracker.event-store.open-gap-limit}")
    int openGapLimit;

    private SlowWriter slowWriter;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        PostgresSchema.register(registry);
    }

    @AfterEach
    void closeTheSlowWriter() throws SQLException {
        if (slowWriter != null) {
            slowWriter.close();
        }
    }

    @Test
    void the_settlement_on_postgresql_reads_the_servers_transactions() {
        assertThat(gapSettlement).isInstanceOf(PostgresGapSettlement.class);
    }

    @Test
    void a_gap_stays_while_its_transaction_runs_and_goes_once_it_rolled_back() throws Exception {
        GapAwareTrackingToken token = tokenPastAnIndexTheSlowWriterHolds();
        long held = token.getGaps().first();

        for (int look = 0; look < 5; look++) {
            assertThat(gaps(settlement().withoutDeadGaps(token))).as("while the writer runs").containsExactly(held);
            Thread.sleep(100);
        }

        slowWriter.rollback();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> gaps(settlement().withoutDeadGaps(token)).isEmpty());
        String next = append("committed after the rollback");
        List<TrackedEventMessage<?>> read = readFrom(token);
        assertThat(read).extracting(TrackedEventMessage::getIdentifier).containsExactly(next);
        assertThat(gaps(read.get(0).trackingToken())).as("the token read on has no gap left").isEmpty();
    }

    @Test
    void a_gap_whose_transaction_commits_late_is_kept_and_its_event_read() throws Exception {
        GapAwareTrackingToken token = tokenPastAnIndexTheSlowWriterHolds();
        long held = token.getGaps().first();

        slowWriter.commit();
        for (int look = 0; look < 5; look++) {
            assertThat(gaps(settlement().withoutDeadGaps(token))).as("filled late").containsExactly(held);
            Thread.sleep(100);
        }

        assertThat(readFrom(token)).extracting(TrackedEventMessage::getIdentifier)
                .containsExactly(slowWriter.eventIdentifier());
    }

    @Test
    void events_read_after_a_settled_rollback_carry_no_gap_for_it() throws Exception {
        HeldIndex start = anIndexHeldByTheSlowWriter();
        GapAwareTrackingToken before = start.before();
        long burnt = start.index();
        slowWriter.rollback();
        GapAwareTrackingToken burntGap = GapAwareTrackingToken.newInstance(burnt + 1, List.of(burnt));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> gaps(settlement().withoutDeadGaps(burntGap)).isEmpty());

        String next = append("committed after the rollback settled");
        List<TrackedEventMessage<?>> read = readFrom(before);

        assertThat(read).extracting(TrackedEventMessage::getIdentifier).containsExactly(next);
        assertThat(gaps(read.get(0).trackingToken())).as("the burnt index is no gap of the event read past it")
                .isEmpty();
    }

    @Test
    @DirtiesContext(methodMode = DirtiesContext.MethodMode.AFTER_METHOD) // sessions keep the values they cached
    void nothing_settles_while_the_sequence_hands_out_values_ahead_to_each_session() throws Exception {
        jdbc.execute("alter sequence domain_event_entry_seq cache 20");
        HeldIndex start = indexesHeldByTheSlowWriter(openGapLimit + 1);
        GapAwareTrackingToken before = start.before();
        long held = start.index();
        String later = append("committed after the slow writer took its index");

        // as soon as an observation has seen the sequence's cache (at most one interval after the change)
        List<TrackedEventMessage<?>> read = await().atMost(Duration.ofSeconds(5))
                .until(() -> readFrom(before), events -> !events.isEmpty());
        assertThat(read).extracting(TrackedEventMessage::getIdentifier).as("not held back").containsExactly(later);
        assertThat(gaps(read.get(0).trackingToken())).contains(held); // with the values other sessions cached

        slowWriter.rollback();
        GapAwareTrackingToken burntGap = read.get(0).trackingToken() instanceof GapAwareTrackingToken token
                ? token : null;
        for (int look = 0; look < 5; look++) {
            assertThat(gaps(settlement().withoutDeadGaps(burntGap))).as("a cached value may still be taken")
                    .contains(held);
            Thread.sleep(250);
        }
    }

    @Test
    void a_reader_passes_an_index_that_may_still_commit_and_reads_its_event_once_it_does() throws Exception {
        HeldIndex start = anIndexHeldByTheSlowWriter();
        String later = append("committed after the slow writer took its index");

        List<TrackedEventMessage<?>> read = readFrom(start.before());
        assertThat(read).extracting(TrackedEventMessage::getIdentifier).as("passed, as Axon passes it")
                .containsExactly(later);
        assertThat(gaps(read.get(0).trackingToken())).containsExactly(start.index());

        slowWriter.commit();
        List<TrackedEventMessage<?>> late = readFrom(read.get(0).trackingToken());
        assertThat(late).extracting(TrackedEventMessage::getIdentifier).containsExactly(slowWriter.eventIdentifier());
        assertThat(gaps(late.get(0).trackingToken())).isEmpty();
    }

    @Test
    void a_reader_waits_rather_than_carry_more_open_indexes_than_the_limit_and_reads_on_in_index_order()
            throws Exception {
        GapAwareTrackingToken before = indexesHeldByTheSlowWriter(openGapLimit + 1).before();
        String later = append("committed after the slow writer took its indexes");

        for (int look = 0; look < 3; look++) {
            assertThat(readFrom(before)).as("held back while the writer runs").isEmpty();
            Thread.sleep(250);
        }

        slowWriter.commit();
        List<TrackedEventMessage<?>> read = readFrom(before);
        assertThat(read).hasSize(openGapLimit + 2);
        assertThat(read.get(0).getIdentifier()).isEqualTo(slowWriter.eventIdentifier());
        assertThat(read.get(openGapLimit + 1).getIdentifier()).isEqualTo(later);
        assertThat(gaps(read.get(openGapLimit + 1).trackingToken())).isEmpty();
    }

    @Test
    void a_reader_waits_half_the_gap_offset_past_an_index_that_may_still_commit() throws Exception {
        HeldIndex start = anIndexHeldByTheSlowWriter();
        long halfTheOffset = EventStoreConfiguration.MAX_GAP_OFFSET / 2;
        int appended = (int) halfTheOffset + 10;
        appendMany(appended);

        List<TrackedEventMessage<?>> read = readFrom(start.before());
        TrackingToken last = read.get(read.size() - 1).trackingToken();
        assertThat(last.position()).as("read up to half the gap offset past the open index, not further")
                .hasValue(start.index() + halfTheOffset - 1);
        assertThat(gaps(last)).containsExactly(start.index());

        slowWriter.commit();
        List<TrackedEventMessage<?>> rest = readFrom(last);
        assertThat(rest).as("the late event and those after the cut").hasSize(1 + appended - (int) (halfTheOffset - 1));
        assertThat(rest.get(0).getIdentifier()).as("the late event first").isEqualTo(slowWriter.eventIdentifier());
        assertThat(gaps(rest.get(rest.size() - 1).trackingToken())).isEmpty();
    }

    @Test
    void an_event_older_than_the_gap_timeout_is_not_held_back() throws Exception {
        HeldIndex start = indexesHeldByTheSlowWriter(openGapLimit + 1);
        GapAwareTrackingToken before = start.before();
        long held = start.index();
        String old = UUID.randomUUID().toString();
        jdbc.update("insert into domain_event_entry (global_index, aggregate_identifier, sequence_number, type,"
                + " event_identifier, payload_type, payload_revision, payload, meta_data, time_stamp)"
                + " select nextval('domain_event_entry_seq'), ?, 0, type, ?, payload_type, payload_revision,"
                + " payload, meta_data, '2020-01-01T00:00:00Z' from domain_event_entry where event_identifier = ?",
                "probe-" + UUID.randomUUID(), old, start.template());

        List<TrackedEventMessage<?>> read = readFrom(before);

        assertThat(read).extracting(TrackedEventMessage::getIdentifier).containsExactly(old);
        assertThat(gaps(read.get(0).trackingToken())).as("given up, as Axon gives up the gaps before an old event")
                .doesNotContain(held);
    }

    /**
     * A slow writer takes an index and holds its transaction open; an event committed after it: that event's token,
     * the held index its gap.
     */
    private GapAwareTrackingToken tokenPastAnIndexTheSlowWriterHolds() throws SQLException {
        long held = anIndexHeldByTheSlowWriter().index();
        long later = globalIndexOf(append("committed after the slow writer took its index"));
        return GapAwareTrackingToken.newInstance(later, List.of(held));
    }

    /**
     * A first event (the template the slow writer copies), the token at it, and an index the slow writer then takes
     * and holds in its open transaction.
     */
    private HeldIndex anIndexHeldByTheSlowWriter() throws SQLException {
        return indexesHeldByTheSlowWriter(1);
    }

    /** As {@link #anIndexHeldByTheSlowWriter()}, {@code count} indexes, the first of them {@code index}. */
    private HeldIndex indexesHeldByTheSlowWriter(int count) throws SQLException {
        String template = append("template");
        GapAwareTrackingToken before = GapAwareTrackingToken.newInstance(globalIndexOf(template), List.of());
        slowWriter = new SlowWriter(dataSource);
        return new HeldIndex(template, before, slowWriter.insertCopiesOf(template, count));
    }

    private record HeldIndex(String template, GapAwareTrackingToken before, long index) {
    }

    private PostgresGapSettlement settlement() {
        return (PostgresGapSettlement) gapSettlement;
    }

    private String append(String text) {
        GenericDomainEventMessage<Probe> event = probe(text);
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactionManager);
        eventStore.publish(event);
        unitOfWork.commit();
        return event.getIdentifier();
    }

    /** {@code count} events in one transaction, numbered one after the other. */
    private void appendMany(int count) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactionManager);
        for (int number = 0; number < count; number++) {
            eventStore.publish(probe("one of many"));
        }
        unitOfWork.commit();
    }

    private static GenericDomainEventMessage<Probe> probe(String text) {
        return new GenericDomainEventMessage<>("Probe", "probe-" + UUID.randomUUID(), 0, new Probe(text));
    }

    private List<TrackedEventMessage<?>> readFrom(TrackingToken token) {
        try (var events = engine.readEvents(token, false)) {
            return events.<TrackedEventMessage<?>>map(event -> event).toList();
        }
    }

    private long globalIndexOf(String eventIdentifier) {
        Long index = jdbc.queryForObject("select global_index from domain_event_entry where event_identifier = ?",
                Long.class, eventIdentifier);
        assertThat(index).isNotNull();
        return index;
    }

    private static List<Long> gaps(TrackingToken token) {
        return List.copyOf(((GapAwareTrackingToken) token).getGaps());
    }

    /**
     * Another session that inserts events (copies of one already stored, each in a new stream) and holds its
     * transaction open: their global indexes are taken but no reader can see them yet. The first copy's identifier is
     * {@link #eventIdentifier()}, the next ones' that followed by "-0", "-1", and so on.
     */
    private static final class SlowWriter implements AutoCloseable {

        private final Connection connection;
        private final String eventIdentifier = UUID.randomUUID().toString();

        SlowWriter(DataSource dataSource) throws SQLException {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
        }

        /** The first index taken. */
        long insertCopiesOf(String template, int count) throws SQLException {
            long first = -1;
            for (int copy = 0; copy < count; copy++) {
                long index = insertCopyOf(template, copy == 0 ? eventIdentifier : eventIdentifier + "-" + (copy - 1));
                first = copy == 0 ? index : first;
            }
            return first;
        }

        private long insertCopyOf(String template, String identifier) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement("insert into domain_event_entry"
                    + " (global_index, aggregate_identifier, sequence_number, type, event_identifier, payload_type,"
                    + " payload_revision, payload, meta_data, time_stamp)"
                    + " select nextval('domain_event_entry_seq'), ?, 0, type, ?, payload_type, payload_revision,"
                    + " payload, meta_data, time_stamp from domain_event_entry where event_identifier = ?"
                    + " returning global_index")) {
                insert.setString(1, "probe-" + UUID.randomUUID());
                insert.setString(2, identifier);
                insert.setString(3, template);
                try (ResultSet inserted = insert.executeQuery()) {
                    assertThat(inserted.next()).isTrue();
                    return inserted.getLong(1);
                }
            }
        }

        String eventIdentifier() {
            return eventIdentifier;
        }

        void commit() throws SQLException {
            connection.commit();
        }

        void rollback() throws SQLException {
            connection.rollback();
        }

        @Override
        public void close() throws SQLException {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            connection.close();
        }
    }

    /** An event no read model handles, so that the test's rows change no read model. */
    record Probe(String text) {
    }
}
