package com.negotiationtracker.core.dossier;

import com.negotiationtracker.core.actor.Actor;
import com.negotiationtracker.core.actor.ActorDirectory;
import com.negotiationtracker.core.actor.EventStoreActorDirectory;
import com.negotiationtracker.core.track.EventStoreRecordedFacts;
import com.negotiationtracker.core.track.EventStoreTrackDirectory;
import com.negotiationtracker.core.track.NegotiationCommandTargets;
import com.negotiationtracker.core.track.NegotiationTrack;
import com.negotiationtracker.core.track.RecordedFacts;
import com.negotiationtracker.core.track.TrackDirectory;
import org.axonframework.common.lock.LockFactory;
import org.axonframework.common.lock.PessimisticLockFactory;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The write side as a real Axon configuration without Spring: both aggregates routed by
 * {@link NegotiationCommandTargets}, an in-memory event store, and the event-store directories registered as
 * components so that command handlers receive their {@link ActorDirectory} parameter.
 */
final class InMemoryTracker implements AutoCloseable {

    final InMemoryEventStorageEngine storage;
    final CountingTransactions transactions = new CountingTransactions();
    /** The tracks' locks taken, in order, by stream id. */
    final List<String> trackLocks = new CopyOnWriteArrayList<>();
    final Configuration configuration;

    InMemoryTracker() {
        this(new InMemoryEventStorageEngine());
    }

    /** On the given in-memory storage (one that fails on purpose, say). */
    InMemoryTracker(InMemoryEventStorageEngine storage) {
        this.storage = storage;
        configuration = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> storage)
                .registerComponent(ActorDirectory.class, c -> new EventStoreActorDirectory(c.eventStore()))
                .registerComponent(TrackDirectory.class, c -> new EventStoreTrackDirectory(c.eventStore()))
                .registerComponent(RecordedFacts.class, c -> new EventStoreRecordedFacts(c.eventStore()))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Actor.class)
                        .configureCommandTargetResolver(c -> new NegotiationCommandTargets()))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(NegotiationTrack.class)
                        .configureCommandTargetResolver(c -> new NegotiationCommandTargets())
                        .configureLockFactory(c -> recordingLocks(PessimisticLockFactory.usingDefaults())))
                .buildConfiguration();
        configuration.start();
    }

    DossierImporter importer() {
        // as the application wires it: the dossier's tracks loaded before its commands are sent
        return new DossierImporter(configuration.commandGateway(), transactions,
                configuration.getComponent(ActorDirectory.class), configuration.getComponent(TrackDirectory.class),
                configuration.repository(NegotiationTrack.class));
    }

    private LockFactory recordingLocks(LockFactory locks) {
        return streamId -> {
            trackLocks.add(streamId);
            return locks.obtainLock(streamId);
        };
    }

    /** Every event stored, in order. */
    List<Object> events() {
        return storage.readEvents(null, false).map(EventMessage::getPayload).map(Object.class::cast).toList();
    }

    long eventCount() {
        return storage.readEvents(null, false).count();
    }

    @Override
    public void close() {
        configuration.shutdown();
    }

    /** A transaction manager that counts what the importer does with it. */
    static final class CountingTransactions implements TransactionManager {
        int started;
        int committed;
        int rolledBack;

        @Override
        public Transaction startTransaction() {
            started++;
            return new Transaction() {
                @Override
                public void commit() {
                    committed++;
                }

                @Override
                public void rollback() {
                    rolledBack++;
                }
            };
        }
    }
}
