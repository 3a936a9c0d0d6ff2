package com.negotiationtracker.config.storage;

import com.negotiationtracker.core.track.RecordedFacts;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * The JPA event store (H2 or PostgreSQL), as Axon's auto-configuration would make it, with the gap handling and
 * read batch size set for this application rather than left at Axon's defaults.
 * <p>
 * A global index is handed out when an event is inserted but becomes visible only when its transaction commits.
 * Until then a processor sees a gap, and it waits for the gap to fill for {@code tracker.event-store.gap-timeout}.
 * Axon's default is one minute, after which the late event is skipped for good: a dossier import of thousands of
 * facts, committed as one transaction next to other writers, could lose its events from the read models that way.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
public class EventStoreConfiguration {

    @Bean
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 org.axonframework.config.Configuration configuration,
                                                 EntityManagerProvider entityManagerProvider,
                                                 TransactionManager transactionManager,
                                                 @Value("${tracker.event-store.gap-timeout}") Duration gapTimeout,
                                                 @Value("${tracker.event-store.batch-size}") int batchSize) {
        return JpaEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .entityManagerProvider(entityManagerProvider)
                .transactionManager(transactionManager)
                .gapTimeout(Math.toIntExact(gapTimeout.toMillis()))
                .batchSize(batchSize)
                .build();
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
