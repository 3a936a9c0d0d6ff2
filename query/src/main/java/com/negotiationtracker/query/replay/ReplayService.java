package com.negotiationtracker.query.replay;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Rebuilds every read model from the event store: each streaming event processor that allows it is shut down, its
 * tokens are reset to the start of the store (its {@code @ResetHandler}s empty its tables in the same transaction)
 * and it is started again, to re-read every event. Processors that must never see an event twice (the audit chain,
 * anything marked {@code @DisallowReplay}) are left alone. No processor is named here: whatever projections exist are
 * replayed.
 * <p>
 * The processors are reset one after the other; each reset empties its read model's tables by truncating them
 * ({@link ReadModelTables}), in about a second for all five at 100,000 facts. (When H2's resets deleted the rows,
 * they took two minutes at that size, and resetting side by side, tried then, made the whole replay slower.)
 * <p>
 * One replay runs at a time on an instance, on a thread of its own; {@link #progress()} tells how far it got. A
 * replay cut short by a shutdown is not lost: the reset tokens are stored, and the processors carry on replaying when
 * the application starts again.
 * <p>
 * Instances sharing a database share the processors' tokens. A processor can only be reset while no other instance
 * holds any of its segments, so a replay on one instance fails, naming the processor, while others run. Progress is
 * the whole processor's on every instance: the segments claimed elsewhere are read from the token store.
 */
@Service
public class ReplayService {

    private static final Logger log = LoggerFactory.getLogger(ReplayService.class);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final StoredSegments storedSegments;
    private final MarkedTables markedTables;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "read-model-replay");
        thread.setDaemon(true);
        return thread;
    });
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile Replay latest;

    /**
     * Empties, before any processor runs, the tables of a reset that committed before its process died and before
     * they were emptied ({@link MarkedTables}, H2 only): this service is made before the processors start.
     *
     * @param eventStore     the store the processors read: its head is where every replayed processor has to get to
     * @param storedSegments where the segments that other instances claim stand
     * @param markedTables   the tables the read models' resets marked to be emptied once they committed
     */
    public ReplayService(EventProcessingConfiguration processing, EventStore eventStore,
                         StoredSegments storedSegments, MarkedTables markedTables) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.storedSegments = storedSegments;
        this.markedTables = markedTables;
        markedTables.emptyAll();
    }

    /**
     * Starts rebuilding every read model and returns at once: the processors are reset and replay on a thread of
     * this service.
     *
     * @throws ReplayAlreadyRunning while an earlier replay has not finished
     */
    public synchronized ReplayProgress replay() {
        Replay running = latest;
        if (running != null && running.state == ReplayState.RUNNING) {
            throw new ReplayAlreadyRunning(running.startedAt);
        }
        List<StreamingEventProcessor> processors = replayableProcessors();
        Replay replay = new Replay(Instant.now(), headPosition());
        latest = replay;
        log.info("Replay requested: rebuilding {} from the event store, whose head is at position {}",
                processors.stream().map(StreamingEventProcessor::getName).toList(), replay.headAtStart);
        try {
            worker.execute(() -> run(replay, processors));
        } catch (RejectedExecutionException closing) {
            replay.fail("the application is shutting down");
        }
        return progress();
    }

    /** The latest replay's state (idle if none was asked for) and where every streaming processor stands now. */
    public ReplayProgress progress() {
        long head = headPosition();
        List<ProcessorProgress> replayed = new ArrayList<>();
        List<ProcessorProgress> skipped = new ArrayList<>();
        for (StreamingEventProcessor processor : streamingProcessors()) {
            (processor.supportsReset() ? replayed : skipped).add(progressOf(processor, head));
        }
        OverallProgress overall = new OverallProgress(replayed.stream().mapToLong(ProcessorProgress::done).sum(),
                head * replayed.size());
        Replay replay = latest;
        if (replay == null) {
            return new ReplayProgress(ReplayState.IDLE, null, null, null, replayed, skipped, overall);
        }
        return new ReplayProgress(replay.state, replay.startedAt, replay.finishedAt, replay.failure, replayed,
                skipped, overall);
    }

    /**
     * Stops watching a running replay when the application closes; the processors' own shutdown follows. No thread of
     * this service is interrupted: a reset may be emptying tables, and an interrupt in the middle of file I/O closes
     * the embedded database's file under every connection (H2's file channel), failing every processor at once. A
     * reset still running when the database goes is rolled back whole, leaving its processor as it was.
     */
    @EventListener(ContextClosedEvent.class)
    public void close() {
        closing.countDown();
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("A read model reset was still running 10 seconds into the shutdown: if the database closes"
                        + " first, it is rolled back and its processor stays as it was");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(Replay replay, List<StreamingEventProcessor> processors) {
        List<String> reset = new ArrayList<>();
        try {
            for (StreamingEventProcessor processor : processors) {
                if (closing.getCount() == 0) {
                    replay.fail("stopped by the shutdown of the application before every processor was reset"
                            + (reset.isEmpty() ? "" : "; already reset, and replaying: " + String.join(", ", reset)));
                    return;
                }
                reset(processor);
                reset.add(processor.getName());
            }
            while (!rebuilt(processors, replay.headAtStart)) {
                if (closing.await(POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS)) {
                    replay.fail("stopped by the shutdown of the application; the processors go on replaying when it"
                            + " starts again");
                    return;
                }
            }
            replay.finish();
            log.info("Replay done: {} read model processors rebuilt up to position {}", processors.size(),
                    replay.headAtStart);
        } catch (InterruptedException unexpected) {
            Thread.currentThread().interrupt();
            replay.fail("interrupted; the processors reset go on replaying");
        } catch (RuntimeException failed) {
            log.error("Replay failed: {}", failed.getMessage(), failed);
            replay.fail(failed.getMessage() + (reset.isEmpty() || reset.size() == processors.size() ? ""
                    : "; already reset, and replaying: " + String.join(", ", reset)));
        }
    }

    /**
     * Shuts the processor down, resets its tokens to the start of the store, and starts it again, whether the reset
     * committed or not; but not while tables its reset marked are still full (they were to be emptied as it
     * committed): started then, it would replay into them. It stays stopped, and the tables are emptied when the
     * application next starts.
     */
    private void reset(StreamingEventProcessor processor) {
        String name = processor.getName();
        log.info("Replay: resetting processor '{}'", name);
        processor.shutDown();
        RuntimeException resetFailure = null;
        try {
            processor.resetTokens(StreamableMessageSource::createTailToken);
        } catch (RuntimeException failed) {
            resetFailure = failed;
        }
        try {
            markedTables.emptyAll();
        } catch (RuntimeException failed) {
            if (resetFailure != null) {
                failed.addSuppressed(resetFailure);
            }
            throw new IllegalStateException("processor '" + name + "' was reset but its tables could not be emptied ("
                    + failed.getMessage() + "); it stays stopped until the application is started again", failed);
        }
        processor.start();
        if (resetFailure != null) {
            throw new IllegalStateException("cannot reset processor '" + name + "': " + reason(resetFailure),
                    resetFailure);
        }
    }

    private static String reason(RuntimeException failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnableToClaimTokenException) {
                return "another instance sharing the database holds its segments (" + cause.getMessage()
                        + "); stop the other instances, then replay";
            }
        }
        return failed.getMessage();
    }

    /** Every processor has handled, after its reset, every event the store held when the replay began. */
    private boolean rebuilt(List<StreamingEventProcessor> processors, long headAtStart) {
        long head = headPosition();
        return processors.stream().map(processor -> progressOf(processor, head)).allMatch(processor ->
                processor.caughtUp() && !processor.replaying() && processor.position() >= headAtStart);
    }

    /**
     * Where a processor stands: each segment this instance claims as it reports it now, each other segment as its
     * token in the store says (another instance claims it, or none does).
     */
    private ProcessorProgress progressOf(StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> claimedHere = processor.processingStatus();
        List<StoredSegment> stored = storedSegments.of(processor.getName());
        Map<Integer, SegmentProgress> segments = new TreeMap<>();
        stored.forEach(segment -> segments.put(segment.segment(), SegmentProgress.stored(segment, head)));
        claimedHere.forEach((segment, status) -> segments.put(segment, SegmentProgress.claimedHere(status)));
        int segmentCount = stored.isEmpty() ? segmentCount(processor.getName()) : stored.size();
        long position = segments.values().stream().mapToLong(SegmentProgress::position).min().orElse(0);
        boolean caughtUp = segmentCount > 0 && segments.size() >= segmentCount
                && segments.values().stream().allMatch(SegmentProgress::caughtUp);
        boolean replaying = segments.values().stream().anyMatch(SegmentProgress::replaying);
        String error = claimedHere.values().stream()
                .filter(EventTrackerStatus::isErrorState)
                .map(segment -> String.valueOf(segment.getError()))
                .findFirst()
                .orElse(processor.isError() ? "failing; Axon retries it with a back-off" : null);
        return new ProcessorProgress(processor.getName(), position, head, caughtUp, replaying, error, segmentCount,
                claimedHere.size());
    }

    /** How far one segment has got, as far as this instance can tell. */
    private record SegmentProgress(long position, boolean caughtUp, boolean replaying) {

        static SegmentProgress claimedHere(EventTrackerStatus status) {
            return new SegmentProgress(Math.max(0, status.getCurrentPosition().orElse(0)), status.isCaughtUp(),
                    behindItsReset(status.getCurrentPosition(), status.getResetPosition()));
        }

        /** A segment this instance does not claim: caught up if an instance claims it and it stands at the head. */
        static SegmentProgress stored(StoredSegment stored, long head) {
            OptionalLong current = stored.token() == null ? OptionalLong.empty() : stored.token().position();
            OptionalLong reset = stored.token() == null ? OptionalLong.empty()
                    : ReplayToken.getTokenAtReset(stored.token());
            long position = Math.max(0, current.orElse(0));
            return new SegmentProgress(position, stored.owner() != null && position >= head,
                    behindItsReset(current, reset));
        }
    }

    /**
     * The segment has not yet got back to where it stood when it was reset. (Axon's own replay flag stays up after
     * that, until an event newer than the reset arrives; a quiet store would keep it up for good.)
     */
    private static boolean behindItsReset(OptionalLong current, OptionalLong reset) {
        return reset.isPresent() && current.orElse(-1) < reset.getAsLong();
    }

    /** How many segments the processor's work is split into, claimed here or by other instances. */
    private int segmentCount(String processorName) {
        return processing.transactionManager(processorName).fetchInTransaction(
                () -> processing.tokenStore(processorName).fetchSegments(processorName)).length;
    }

    private long headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    private List<StreamingEventProcessor> replayableProcessors() {
        return streamingProcessors().stream().filter(StreamingEventProcessor::supportsReset).toList();
    }

    private List<StreamingEventProcessor> streamingProcessors() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .sorted(Comparator.comparing(StreamingEventProcessor::getName))
                .toList();
    }

    /** One replay's own state; the processors' progress is read from them whenever it is asked for. */
    private static final class Replay {
        private final Instant startedAt;
        private final long headAtStart;
        private volatile ReplayState state = ReplayState.RUNNING;
        private volatile Instant finishedAt;
        private volatile String failure;

        Replay(Instant startedAt, long headAtStart) {
            this.startedAt = startedAt;
            this.headAtStart = headAtStart;
        }

        void finish() {
            finishedAt = Instant.now();
            state = ReplayState.DONE;
        }

        void fail(String reason) {
            failure = reason;
            finishedAt = Instant.now();
            state = ReplayState.FAILED;
        }
    }
}
