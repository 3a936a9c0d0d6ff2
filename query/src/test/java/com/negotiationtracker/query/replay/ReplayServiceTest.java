package com.negotiationtracker.query.replay;

import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The replay on a real Axon configuration: an in-memory event store, pooled streaming processors split in segments
 * as in the application, and projections that know nothing of the replay service.
 */
class ReplayServiceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final int SEGMENTS = 3;

    private final Tally timeline = new Tally();
    private final Ledger ledger = new Ledger();
    private final Chain chain = new Chain();
    private Configuration axon;
    private ReplayService replays;

    @AfterEach
    void stop() {
        if (replays != null) {
            replays.close();
        }
        if (axon != null) {
            axon.shutdown();
        }
    }

    @Test
    void beforeAnyReplayItIsIdleAndReportsWhereEveryProcessorStands() {
        start(timeline, ledger, chain);
        publish("call", "statement", "invitation");
        await().atMost(PATIENCE).until(() -> replays.progress().everyProcessorCaughtUp());

        ReplayProgress progress = replays.progress();

        assertThat(progress.state()).isEqualTo(ReplayState.IDLE);
        assertThat(progress.startedAt()).isNull();
        assertThat(progress.processors()).extracting(ProcessorProgress::name).containsExactly("ledger", "timeline");
        assertThat(progress.skipped()).extracting(ProcessorProgress::name).containsExactly("audit-chain");
        assertThat(progress.processors()).allSatisfy(processor -> {
            assertThat(processor.position()).isEqualTo(processor.head()).isEqualTo(2); // positions 0, 1, 2
            assertThat(processor.caughtUp()).isTrue();
            assertThat(processor.replaying()).isFalse();
            assertThat(processor.error()).isNull();
        });
        assertThat(progress.overall()).isEqualTo(new OverallProgress(4, 4));
    }

    @Test
    void rebuildsEveryProcessorThatAllowsItFromTheStartOfTheStoreAndLeavesTheOthersAlone() {
        start(timeline, ledger, chain);
        publish("call", "statement", "invitation", "prisoner-swap");
        await().atMost(PATIENCE).until(() -> replays.progress().everyProcessorCaughtUp());

        ReplayProgress accepted = replays.replay();

        assertThat(accepted.state()).isEqualTo(ReplayState.RUNNING);
        assertThat(accepted.startedAt()).isNotNull();
        ReplayProgress done = awaitState(ReplayState.DONE);
        assertThat(timeline.resets).as("its @ResetHandler ran once").hasValue(1);
        assertThat(timeline.rows).as("emptied, then filled again (segments each keep their own order)")
                .containsExactlyInAnyOrder("call", "statement", "invitation", "prisoner-swap");
        assertThat(timeline.handled).hasValue(8);
        assertThat(ledger.handled).as("every projection is replayed, whatever its name").hasValue(8);
        assertThat(chain.handled).as("one that disallows replay sees each event once").hasValue(4);
        assertThat(done.skipped()).extracting(ProcessorProgress::name).containsExactly("audit-chain");
        assertThat(done.overall().done()).isEqualTo(done.overall().total()).isEqualTo(2 * 3);
        assertThat(done.processors()).allSatisfy(processor -> {
            assertThat(processor.caughtUp()).isTrue();
            assertThat(processor.replaying()).isFalse();
            assertThat(processor.position()).isEqualTo(3);
        });
        assertThat(done.finishedAt()).isAfterOrEqualTo(done.startedAt());
        assertThat(done.failure()).isNull();
    }

    @Test
    void eventsRecordedDuringAndAfterTheReplayAreHandledOnceMore() {
        start(timeline, ledger, chain);
        publish("call", "statement");
        await().atMost(PATIENCE).until(() -> replays.progress().everyProcessorCaughtUp());

        replays.replay();
        publish("invitation");
        awaitState(ReplayState.DONE);
        publish("meeting-proposed");

        await().atMost(PATIENCE).until(() -> timeline.rows.size() == 4);
        assertThat(timeline.rows).containsExactlyInAnyOrder("call", "statement", "invitation", "meeting-proposed");
        assertThat(chain.handled).hasValue(4);
    }

    @Test
    void onlyOneReplayRunsAtATime() throws InterruptedException {
        SlowReplay slow = new SlowReplay();
        start(slow, chain);
        publish("call", "statement");
        await().atMost(PATIENCE).until(() -> replays.progress().everyProcessorCaughtUp());

        replays.replay();
        assertThat(slow.replayStarted.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

        ReplayProgress running = replays.progress();
        assertThat(running.state()).isEqualTo(ReplayState.RUNNING);
        assertThat(running.processors()).singleElement().satisfies(processor -> {
            assertThat(processor.name()).isEqualTo("slow");
            assertThat(processor.caughtUp()).isFalse();
        });
        assertThatThrownBy(() -> replays.replay())
                .isInstanceOf(ReplayAlreadyRunning.class)
                .hasMessageContaining("still running")
                .satisfies(refused -> assertThat(((ReplayAlreadyRunning) refused).startedAt())
                        .isEqualTo(running.startedAt()));

        slow.release.countDown();
        awaitState(ReplayState.DONE);
        assertThat(replays.replay().state()).as("once it is done, another may run").isEqualTo(ReplayState.RUNNING);
        awaitState(ReplayState.DONE);
    }

    @Test
    void aShutdownDuringAResetLetsItRunToItsEndUninterrupted() throws InterruptedException {
        BlockingReset blocking = new BlockingReset();
        start(blocking);
        publish("call");
        await().atMost(PATIENCE).until(() -> replays.progress().everyProcessorCaughtUp());

        replays.replay();
        assertThat(blocking.entered.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        Thread releaser = new Thread(() -> {
            sleepQuietly(Duration.ofMillis(300));
            blocking.release.countDown();
        });
        releaser.start();
        replays.close(); // waits for the reset, which the releaser lets go

        assertThat(blocking.interrupted).as("an interrupt in H2's file I/O closes the database for everyone")
                .isFalse();
        assertThat(blocking.finished).as("the shutdown waited for the reset").isTrue();
        releaser.join();
    }

    @Test
    void theSegmentsAnotherInstanceClaimsCountAsTheTokenStoreHoldsThem() {
        AtomicReference<StoredSegments> elsewhere = new AtomicReference<>(everySegmentAt("other-instance", 0));
        startClaiming(1, processor -> elsewhere.get().of(processor), timeline);
        publish("call", "statement", "invitation", "swap"); // positions 0 to 3
        await().atMost(PATIENCE).until(() -> claimedHereAtHead("timeline", 3));

        ProcessorProgress lagging = progressOf("timeline");
        assertThat(lagging.segments()).isEqualTo(SEGMENTS);
        assertThat(lagging.position()).as("held back by the other instance's segments").isZero();
        assertThat(lagging.caughtUp()).isFalse();

        elsewhere.set(everySegmentAt("other-instance", 3));
        await().atMost(PATIENCE).until(() -> progressOf("timeline").caughtUp());
        assertThat(progressOf("timeline").position()).isEqualTo(3);
        assertThat(replays.progress().everyProcessorCaughtUp()).isTrue();

        elsewhere.set(everySegmentAt(null, 3));
        assertThat(progressOf("timeline").caughtUp()).as("a segment no instance claims is not moving").isFalse();
    }

    @Test
    void aSegmentReplayedElsewhereIsReplayingUntilItIsBackWhereItWasReset() {
        AtomicReference<StoredSegments> elsewhere = new AtomicReference<>(everySegmentAt("other-instance", 3));
        startClaiming(1, processor -> elsewhere.get().of(processor), timeline);
        publish("call", "statement", "invitation", "swap");
        await().atMost(PATIENCE).until(() -> progressOf("timeline").caughtUp());
        TrackingToken resetAtThree = ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(3),
                new GlobalSequenceTrackingToken(1));

        // whichever segment this instance claims, the other two were reset elsewhere and are back at position 1
        elsewhere.set(processor -> IntStream.range(0, SEGMENTS)
                .mapToObj(segment -> new StoredSegment(segment, "other-instance", resetAtThree)).toList());

        ProcessorProgress replaying = progressOf("timeline");
        assertThat(replaying.replaying()).isTrue();
        assertThat(replaying.position()).isEqualTo(1);
        assertThat(replays.progress().everyProcessorCaughtUp()).isFalse();
    }

    /** This instance claims one segment of the processor, and it has read the store up to {@code head}. */
    private boolean claimedHereAtHead(String processor, long head) {
        Map<Integer, EventTrackerStatus> claimed = axon.eventProcessingConfiguration()
                .eventProcessor(processor, StreamingEventProcessor.class).orElseThrow().processingStatus();
        return claimed.size() == 1 && claimed.values().stream()
                .allMatch(segment -> segment.isCaughtUp() && segment.getCurrentPosition().orElse(-1) >= head);
    }

    private ProcessorProgress progressOf(String processor) {
        return replays.progress().processors().stream()
                .filter(progress -> progress.name().equals(processor))
                .findFirst().orElseThrow();
    }

    @Test
    void anEmptyStoreIsReplayedAtOnce() {
        start(timeline, chain);
        await().atMost(PATIENCE).until(() -> replays.progress().everyProcessorCaughtUp());

        replays.replay();

        ReplayProgress done = awaitState(ReplayState.DONE);
        assertThat(done.overall()).isEqualTo(new OverallProgress(0, 0));
        assertThat(timeline.resets).hasValue(1);
    }

    private void start(Object... projections) {
        startClaiming(SEGMENTS, StoredSegments.none(), projections);
    }

    /**
     * Starts the processors, this instance claiming at most {@code claimed} of each one's segments; the others stand
     * where {@code elsewhere} says, as another instance sharing the token store would leave them.
     */
    private void startClaiming(int claimed, StoredSegments elsewhere, Object... projections) {
        // Without the modules found on the classpath: no Axon Server connector, as in the application by default.
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(configuration -> new InMemoryEventStorageEngine());
        configurer.eventProcessing().usingPooledStreamingEventProcessors(
                (configuration, builder) -> builder.batchSize(2).initialSegmentCount(SEGMENTS)
                        .maxClaimedSegments(claimed));
        for (Object projection : projections) {
            configurer.eventProcessing().registerEventHandler(configuration -> projection);
        }
        axon = configurer.start();
        replays = new ReplayService(axon.eventProcessingConfiguration(), axon.eventStore(), elsewhere,
                MarkedTables.none());
    }

    /** Every segment of every processor claimed by {@code owner} and at {@code position}. */
    private static StoredSegments everySegmentAt(String owner, long position) {
        return processor -> IntStream.range(0, SEGMENTS)
                .mapToObj(segment -> new StoredSegment(segment, owner, new GlobalSequenceTrackingToken(position)))
                .toList();
    }

    private void publish(String... events) {
        for (String event : events) {
            axon.eventStore().publish(GenericEventMessage.asEventMessage(event));
        }
    }

    private ReplayProgress awaitState(ReplayState state) {
        await().atMost(PATIENCE).until(() -> replays.progress(), progress -> progress.state() == state);
        return replays.progress();
    }

    /** A read model kept in memory: its rows, how often it handled an event, how often it was reset. */
    @ProcessingGroup("timeline")
    static class Tally {
        final List<String> rows = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger handled = new AtomicInteger();
        final AtomicInteger resets = new AtomicInteger();

        @EventHandler
        void on(String event) {
            handled.incrementAndGet();
            rows.add(event);
        }

        @ResetHandler
        void reset() {
            resets.incrementAndGet();
            rows.clear();
        }
    }

    /** Another read model, in a processing group of a name the service has never heard of. */
    @ProcessingGroup("ledger")
    static class Ledger {
        final AtomicInteger handled = new AtomicInteger();

        @EventHandler
        void on(String event) {
            handled.incrementAndGet();
        }
    }

    /** Like the tamper-evident audit chain: it must see each event exactly once. */
    @DisallowReplay
    @ProcessingGroup("audit-chain")
    static class Chain {
        final AtomicInteger handled = new AtomicInteger();

        @EventHandler
        void on(String event) {
            handled.incrementAndGet();
        }
    }

    /** Holds up its reset until the test lets it go, noting whether it was interrupted meanwhile. */
    @ProcessingGroup("blocking")
    static class BlockingReset {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        volatile boolean interrupted;
        volatile boolean finished;

        @EventHandler
        void on(String event) {
        }

        @ResetHandler
        void reset() {
            entered.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
                finished = true;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
    }

    private static void sleepQuietly(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Holds up its replay until the test lets it go, so that the replay is seen running. */
    @ProcessingGroup("slow")
    static class SlowReplay {
        final CountDownLatch replayStarted = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @EventHandler
        void on(String event, ReplayStatus status) throws InterruptedException {
            if (status.isReplay()) {
                replayStarted.countDown();
                release.await(20, TimeUnit.SECONDS);
            }
        }
    }
}
