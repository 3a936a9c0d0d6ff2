package com.negotiationtracker.config.storage;

import com.negotiationtracker.core.track.RecordedFacts;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * The event store on the application's database, with the gap handling and read batch size set for this application
 * rather than left at Axon's defaults: Axon's JPA engine, or its JDBC engine ({@code tracker.event-store.engine}),
 * both on the tables of the Flyway migrations.
 * <p>
 * A global index is handed out when an event is inserted but becomes visible only when its transaction commits.
 * Until then a processor sees a gap, and it waits for the gap to fill for {@code tracker.event-store.gap-timeout}.
 * Axon's default is one minute, after which the late event is skipped for good: a dossier import of thousands of
 * facts, committed as one transaction next to other writers, could lose its events from the read models that way.
 * An index whose transaction rolled back or died never fills: on PostgreSQL {@link GapSettlement} drops such gaps as
 * soon as the server shows that no transaction which could have taken them is running; elsewhere they wait out the
 * timeout.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
public class EventStoreConfiguration {

    /**
     * How far behind the newest event read Axon still tracks a gap (its default, set here so that the settlement
     * knows it): a gap further behind is forgotten, and its event passed over if it commits later.
     */
    static final int MAX_GAP_OFFSET = 10_000;

    /** The embedded default's: Axon's JPA engine, the events as entities of the persistence context. */
    @Bean
    @ConditionalOnProperty(name = "tracker.event-store.engine", havingValue = "jpa", matchIfMissing = true)
    public EventStorageEngine jpaEventStorageEngine(Serializer defaultSerializer,
                                                    @Qualifier("eventSerializer") Serializer eventSerializer,
                                                    PersistenceExceptionResolver persistenceExceptionResolver,
                                                    org.axonframework.config.Configuration configuration,
                                                    EntityManagerProvider entityManagerProvider,
                                                    TransactionManager transactionManager,
                                                    GapSettlement gapSettlement,
                                                    @Value("${tracker.event-store.gap-timeout}") Duration gapTimeout,
                                                    @Value("${tracker.event-store.batch-size}") int batchSize) {
        return new SettlingJpaEventStorageEngine(withSharedSettings(JpaEventStorageEngine.builder(),
                defaultSerializer, eventSerializer, configuration, persistenceExceptionResolver)
                .entityManagerProvider(entityManagerProvider)
                .transactionManager(transactionManager)
                .gapTimeout(Math.toIntExact(gapTimeout.toMillis()))
                .maxGapOffset(MAX_GAP_OFFSET)
                .batchSize(batchSize), gapSettlement);
    }

    /**
     * The postgres profile's ({@code tracker.event-store.engine=jdbc}): Axon's JDBC engine on the same tables. It sends a unit of
     * work's events as one JDBC batch and leaves out the global index, which the column's default takes from the same
     * sequence (V19). The JPA engine asks the sequence for each event's index in a round trip of its own before
     * inserting it, so that a dossier of 1,500 events waits for 1,500 round trips to the server (on PostgreSQL this
     * engine imported half as fast again). The indexes are still handed out one at a time, as each row is inserted:
     * nothing is reserved ahead, so several instances number their events as before.
     * <p>
     * A large unit of work killed during its insert has by then used up more indexes than with the JPA engine; they
     * are dropped from the processors' tokens once {@link GapSettlement} sees that no transaction that could have
     * taken them runs any more (see docs/operations.md, "Event engines").
     * <p>
     * Its connection is the transaction's (the JPA transaction manager exposes its JDBC connection), so events and
     * whatever else the unit of work writes still commit together. A duplicate stream position is recognised by its
     * SQL state (23505), the same resolver as the JPA engine's, and answered as a concurrent write.
     * <p>
     * Not wrapped in Axon's {@code UnitOfWorkAwareConnectionProviderWrapper}: every engine call runs in the Spring
     * transaction, which already hands out its one connection, and the wrapper closed that connection a second time
     * when the unit of work was cleaned up, after the transaction had given it back to the pool. Closing a pooled
     * connection again clears the list of open statements that HikariCP keeps per pooled connection, by then
     * another thread's: under 50 writing clients that thread's write then failed with an
     * {@code ArrayIndexOutOfBoundsException} from HikariCP and recorded nothing (two answers 500 in one benchmark run),
     * and a statement dropped from the list is not closed with its connection.
     */
    @Bean
    @ConditionalOnProperty(name = "tracker.event-store.engine", havingValue = "jdbc")
    public EventStorageEngine jdbcEventStorageEngine(Serializer defaultSerializer,
                                                     @Qualifier("eventSerializer") Serializer eventSerializer,
                                                     PersistenceExceptionResolver persistenceExceptionResolver,
                                                     org.axonframework.config.Configuration configuration,
                                                     DataSource dataSource,
                                                     TransactionManager transactionManager,
                                                     GapSettlement gapSettlement,
                                                     @Value("${tracker.event-store.gap-timeout}") Duration gapTimeout,
                                                     @Value("${tracker.event-store.batch-size}") int batchSize) {
        return new SettlingJdbcEventStorageEngine(withSharedSettings(JdbcEventStorageEngine.builder(),
                defaultSerializer, eventSerializer, configuration, persistenceExceptionResolver)
                .connectionProvider(new SpringDataSourceConnectionProvider(dataSource))
                .transactionManager(transactionManager)
                .schema(EventTables.SCHEMA)
                .dataType(byte[].class)
                .gapTimeout(Math.toIntExact(gapTimeout.toMillis()))
                .maxGapOffset(MAX_GAP_OFFSET)
                .batchSize(batchSize), gapSettlement);
    }

    /**
     * Axon's embedded event store on the engine, as Axon's auto-configuration makes it (same name, same monitor and
     * spans), but listing a unit of work's staged events in one pass ({@link OnePassStagingEventStore}).
     */
    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine,
                                         org.axonframework.config.Configuration configuration) {
        return new OnePassStagingEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class)));
    }

    /**
     * Which gaps can no longer fill (on PostgreSQL, from the transactions the server reports running), so that both
     * engines drop the indexes a failed or killed write burnt without waiting for the gap timeout, and readers stop
     * rather than carry more than {@code tracker.event-store.open-gap-limit} indexes that may still commit; none with
     * {@code tracker.event-store.settle-gaps=false}, and gaps wait out the timeout as in Axon.
     */
    @Bean
    public GapSettlement gapSettlement(DataSource dataSource,
                                       @Value("${tracker.event-store.settle-gaps}") boolean settleGaps,
                                       @Value("${tracker.event-store.gap-timeout}") Duration gapTimeout,
                                       @Value("${tracker.event-store.open-gap-limit}") int openGapLimit) {
        return settleGaps
                ? GapSettlement.on(dataSource, gapTimeout, openGapLimit, MAX_GAP_OFFSET)
                : GapSettlement.none();
    }

    /**
     * What both engines are given alike, as Axon's auto-configuration gives it: the serializers, the upcasters, the
     * snapshot filter, and how a duplicate key (a concurrent write) is recognised.
     */
    private static <B extends BatchingEventStorageEngine.Builder> B withSharedSettings(
            B builder, Serializer snapshotSerializer, Serializer eventSerializer,
            org.axonframework.config.Configuration configuration, PersistenceExceptionResolver duplicateKeys) {
        builder.snapshotSerializer(snapshotSerializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(duplicateKeys);
        return builder;
    }

    /** A fact a report is about, read as its one row of the event table (see {@link RowReadRecordedFacts}). */
    @Bean
    public RecordedFacts recordedFacts(EntityManagerProvider entityManagerProvider,
                                       @Qualifier("eventSerializer") Serializer eventSerializer,
                                       org.axonframework.config.Configuration configuration, EventStore eventStore) {
        return new RowReadRecordedFacts(entityManagerProvider, eventSerializer, configuration.upcasterChain(),
                eventStore);
    }
}
