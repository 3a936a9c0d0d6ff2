package com.negotiationtracker.config.axon;

import com.negotiationtracker.core.actor.ActorDirectory;
import com.negotiationtracker.core.actor.EventStoreActorDirectory;
import com.negotiationtracker.core.dossier.DossierImporter;
import com.negotiationtracker.core.track.EventStoreRecordedFacts;
import com.negotiationtracker.core.track.EventStoreTrackDirectory;
import com.negotiationtracker.core.track.NegotiationCommandTargets;
import com.negotiationtracker.core.track.NegotiationTrack;
import com.negotiationtracker.core.track.RecordedFacts;
import com.negotiationtracker.core.track.TrackDirectory;
import com.negotiationtracker.config.storage.DurableCommits;
import com.negotiationtracker.config.storage.TokenEntrySegments;
import com.negotiationtracker.query.batch.DatabaseProduct;
import com.negotiationtracker.query.position.PositionProjection;
import com.negotiationtracker.query.position.PositionSubjectSequencing;
import com.negotiationtracker.query.replay.MarkedTables;
import com.negotiationtracker.query.replay.StoredSegments;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.lock.LockFactory;
import org.axonframework.common.lock.PessimisticLockFactory;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

import javax.sql.DataSource;

/** Wires the write side's domain services into Axon. */
@Configuration(proxyBeanMethods = false)
public class AxonWiring {

    /**
     * Axon's transactions on Spring's, as Axon's auto-configuration makes them, but reporting the failure that made one
     * roll back when the rollback fails too ({@link CauseKeepingTransactionManager}).
     */
    @Bean
    public TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new CauseKeepingTransactionManager(new SpringTransactionManager(transactionManager));
    }

    /** Named in the aggregates' {@code @Aggregate(commandTargetResolver = ...)}. */
    @Bean
    public NegotiationCommandTargets negotiationCommandTargets() {
        return new NegotiationCommandTargets();
    }

    /**
     * Named in {@code NegotiationTrack}'s {@code @Aggregate}: on PostgreSQL a track's lock is held against every
     * instance sharing the database ({@link SharedTrackLocks}); elsewhere, one process per database, Axon's own.
     */
    @Bean
    public LockFactory trackLocks(DataSource dataSource) {
        return DatabaseProduct.of(dataSource) == DatabaseProduct.POSTGRESQL
                ? new SharedTrackLocks(dataSource)
                : PessimisticLockFactory.usingDefaults();
    }

    /**
     * Named in {@code NegotiationTrack}'s {@code @Aggregate}: a track is snapshotted once {@code threshold} events, or
     * a {@code fraction} of its stream when that is more, were read or recorded since its last snapshot
     * ({@link GrowingIntervalSnapshotTriggerDefinition}), so that loading it reads one snapshot and a bounded share of
     * its events instead of its whole history. The snapshot is taken after the unit of work commits (never of staged
     * events), by the {@link #aggregateSnapshotter snapshotter}'s own thread.
     */
    @Bean
    public SnapshotTriggerDefinition trackSnapshotTrigger(
            Snapshotter snapshotter, @Value("${tracker.snapshots.threshold:100}") int threshold,
            @Value("${tracker.snapshots.fraction:0.1}") double fraction) {
        return new GrowingIntervalSnapshotTriggerDefinition(snapshotter, threshold, fraction);
    }

    /**
     * Axon's snapshotter as its auto-configuration makes it, but taking snapshots on a thread of its own. Axon's
     * default takes them in the committing thread, after the commit and before the unit of work releases the track's
     * lock: every write waiting for that track waited for the snapshot as well (reading the track's events and
     * serializing all of its state). A snapshot is only a shortcut for loading, so one still queued when the
     * application stops is simply not taken.
     */
    @Bean
    public SpringAggregateSnapshotter aggregateSnapshotter(org.axonframework.config.Configuration configuration,
                                                           HandlerDefinition handlerDefinition,
                                                           ParameterResolverFactory parameterResolverFactory,
                                                           EventStore eventStore,
                                                           TransactionManager transactionManager,
                                                           SnapshotterSpanFactory spanFactory,
                                                           BackgroundSnapshots background) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory)
                .executor(background.executor())
                .build();
    }

    @Bean
    public BackgroundSnapshots backgroundSnapshots() {
        return new BackgroundSnapshots();
    }

    /**
     * Named in {@code NegotiationTrack}'s {@code @Aggregate}: the tracks used last stay in memory between units of
     * work ({@link StoreCheckedTracksCache}), up to {@code tracker.tracks.cache-size} of them (0: none) and up to
     * {@code tracker.tracks.cache-events} events in all (a track's state grows with its stream; about 300 bytes an
     * event). A cached track is checked against the store before each use, so several writers (instances, the
     * command-line import) may share the store.
     */
    @Bean
    public Cache trackCache(EventStore eventStore, @Value("${tracker.tracks.cache-size:500}") int size,
                            @Value("${tracker.tracks.cache-events:200000}") long events) {
        return size <= 0 ? NoCache.INSTANCE : new StoreCheckedTracksCache(eventStore, size, events);
    }

    /**
     * Loads the tracks written to last into the tracks' cache after a start ({@link TrackCacheWarmUp}), as many as the
     * cache holds, unless {@code tracker.tracks.warm-up} is false. Not with Axon Server: there is no event table to
     * ask which tracks those are.
     */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
    public TrackCacheWarmUp trackCacheWarmUp(DataSource dataSource,
                                             @Qualifier("negotiationTrackRepository")
                                             Repository<NegotiationTrack> tracks,
                                             TransactionManager transactionManager,
                                             @Value("${tracker.tracks.cache-size:500}") int size,
                                             @Value("${tracker.tracks.warm-up:true}") boolean warmUp) {
        return new TrackCacheWarmUp(new JdbcTemplate(dataSource), tracks, transactionManager, warmUp ? size : 0);
    }

    /** With Axon Server there is no event table to read one row of: its event store reads the fact. */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true")
    public RecordedFacts recordedFacts(EventStore eventStore) {
        return new EventStoreRecordedFacts(eventStore);
    }

    @Bean
    public ActorDirectory actorDirectory(EventStore eventStore) {
        return new EventStoreActorDirectory(eventStore);
    }

    @Bean
    public TrackDirectory trackDirectory(EventStore eventStore) {
        return new EventStoreTrackDirectory(eventStore);
    }

    /**
     * With the tracks' repository (registered by Axon for the aggregate), to load a dossier's tracks up front. Every
     * write goes through the importer, in its transaction: on the embedded database that commit is made durable
     * before the importer answers ({@link DurableCommits}).
     */
    @Bean
    public DossierImporter dossierImporter(CommandGateway commandGateway, TransactionManager transactionManager,
                                           DataSource dataSource, ActorDirectory actorDirectory,
                                           TrackDirectory trackDirectory,
                                           @Qualifier("negotiationTrackRepository")
                                           Repository<NegotiationTrack> tracks) {
        return new DossierImporter(commandGateway, DurableCommits.on(dataSource, transactionManager), actorDirectory,
                trackDirectory, tracks);
    }

    /**
     * Every read model is kept by a pooled streaming processor: it reads the event store in batches and splits its
     * work into segments, which instances sharing a database claim between them (an instance claims every free
     * segment unless {@code tracker.processors.max-claimed-segments} caps it). A processor named in the
     * {@code axon.eventhandling.processors} properties can still be set otherwise.
     */
    @Bean
    public ConfigurerModule pooledEventProcessors(
            @Value("${tracker.processors.batch-size:100}") int batchSize,
            @Value("${tracker.processors.segments:4}") int segments,
            @Value("${tracker.processors.max-claimed-segments:" + Integer.MAX_VALUE + "}") int maxClaimed) {
        // A handler that fails makes its processor retry the batch (with back-off) instead of logging the failure and
        // moving on: a read model or the audit chain never silently misses an event.
        return configurer -> configurer.eventProcessing()
                .usingPooledStreamingEventProcessors((configuration, builder) -> builder.batchSize(batchSize)
                        .initialSegmentCount(segments)
                        .maxClaimedSegments(maxClaimed))
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance())
                // one party's history on an issue spans tracks: one segment each, so that segments never contend
                .registerSequencingPolicy(PositionProjection.PROCESSING_GROUP,
                        configuration -> new PositionSubjectSequencing());
    }

    /**
     * Where each processor's segments stand in the token store, claimed here or by another instance, for the replay's
     * progress ({@code GET /api/admin/replay}): read from the shared token table with the serializer the token store
     * writes with.
     */
    @Bean
    public StoredSegments storedSegments(DataSource dataSource, Serializer serializer) {
        return new TokenEntrySegments(dataSource, serializer);
    }

    /**
     * The read model tables a reset on H2 marked to be emptied once it committed; the replay service empties those a
     * crash left marked before any processor starts, so this waits for the migrations, which make their table.
     */
    @Bean
    @DependsOnDatabaseInitialization
    public MarkedTables markedTables(DataSource dataSource) {
        return MarkedTables.on(dataSource);
    }

    /**
     * Jackson 3 refuses polymorphic types it was not told to trust. Axon's tokens (replay tokens, multi-source
     * tokens) carry their class names, so without this the token store cannot read back what it wrote.
     * Only Axon's classes and ours are trusted.
     */
    @Bean
    public Jackson3SerializerCustomizer trustedTypesForAxon() {
        return builder -> builder.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .allowIfSubType("com.negotiationtracker.")
                .build());
    }
}
