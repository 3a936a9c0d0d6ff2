package com.negotiationtracker.config.benchmark;

import com.negotiationtracker.config.TrackerApplication;
import com.negotiationtracker.query.replay.ReplayProgress;
import com.negotiationtracker.query.replay.ReplayService;
import com.negotiationtracker.query.replay.ReplayState;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.serialization.Serializer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The application, started in this process as {@code java -jar} would start it (the same {@link TrackerApplication},
 * the same configuration), with the handles a benchmark needs: its beans, its event processors, a timed replay.
 */
final class InProcessTracker implements AutoCloseable {

    /**
     * How long a full replay took, overall and for each read model's processor to reach the head of the store; and
     * the failures processors ran into and recovered from on the way (Axon retries a failed batch with a back-off),
     * by processor: how often a poll found it failing, and the first error seen; and why the application's
     * replay service gave up, if it did (null when it saw the replay through).
     */
    record ReplayTiming(long events, long nanos, Map<String, Long> processorNanos, Map<String, Integer> failingPolls,
                        Map<String, String> firstErrors, String serviceFailure) {
        double eventsPerSecond() {
            return events / (nanos / 1e9);
        }
    }

    /**
     * The replay went on past its time limit: which processors reached the head and when ({@code reachedNanos}), and
     * how far the others had got ({@code positions}, global indexes of {@code head}) after {@code nanos}.
     */
    static final class ReplayUnfinished extends IllegalStateException {
        final long nanos;
        final long head;
        final Map<String, Long> reachedNanos;
        final Map<String, Long> positions;

        ReplayUnfinished(Duration limit, long nanos, long head, Map<String, Long> reachedNanos,
                         Map<String, Long> positions) {
            super("the replay did not finish within " + limit + ": " + positions.entrySet().stream()
                    .map(entry -> entry.getKey() + " at " + entry.getValue() + "/" + head).toList()
                    + " (" + reachedNanos.keySet() + " done)");
            this.nanos = nanos;
            this.head = head;
            this.reachedNanos = Map.copyOf(reachedNanos);
            this.positions = Map.copyOf(positions);
        }
    }

    private static final Duration POLL = Duration.ofMillis(500);

    private final ConfigurableApplicationContext context;

    private InProcessTracker(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static InProcessTracker start(List<String> arguments, boolean web) {
        // as TrackerApplication.main does: no call out to Axon's update checker
        System.setProperty("axoniq.update-checker.disabled",
                System.getProperty("axoniq.update-checker.disabled", "true"));
        System.setProperty("disable-axoniq-console-message", "true");
        SpringApplication application = new SpringApplication(TrackerApplication.class);
        application.setWebApplicationType(web ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        List<String> settings = new ArrayList<>(arguments);
        if (settings.stream().noneMatch(argument -> argument.startsWith("--tracker.tracks.warm-up="))) {
            // what is measured in process is the import and the replay, alone: no tracks loaded beside them
            settings.add("--tracker.tracks.warm-up=false");
        }
        return new InProcessTracker(application.run(settings.toArray(String[]::new)));
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    DataSource dataSource() {
        return context.getBean(DataSource.class);
    }

    JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource());
    }

    Serializer eventSerializer() {
        return context.getBean("eventSerializer", Serializer.class);
    }

    List<StreamingEventProcessor> processors() {
        return context.getBean(EventProcessingConfiguration.class).eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .sorted(Comparator.comparing(StreamingEventProcessor::getName))
                .toList();
    }

    /** Waits until every processor has claimed its segments (and so stored its tokens), then stops them all. */
    void pauseProcessors(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        for (StreamingEventProcessor processor : processors()) {
            while (processor.processingStatus().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        }
        stopProcessors();
    }

    /**
     * Stops every processor where it is: after a replay that did not finish, so that what is measured next (the raw
     * read, the as-of queries) does not share the machine with processors still replaying.
     */
    void stopProcessors() {
        processors().forEach(StreamingEventProcessor::shutDown);
    }

    /**
     * Rebuilds every read model through the application's own {@link ReplayService} and times it: the whole replay,
     * and each processor until it has handled every event of the store. Progress is read from the processors' own
     * status in this process, which costs no database query; the service's verdict is kept beside it, since the
     * processors go on replaying even when the service gives up watching them.
     */
    ReplayTiming replay(long head, long events, Duration limit) throws InterruptedException {
        ReplayService replays = bean(ReplayService.class);
        List<StreamingEventProcessor> replayed = processors().stream()
                .filter(StreamingEventProcessor::supportsReset).toList();
        Map<String, Integer> segments = new LinkedHashMap<>();
        EventProcessingConfiguration processing = bean(EventProcessingConfiguration.class);
        for (StreamingEventProcessor processor : replayed) {
            String name = processor.getName();
            segments.put(name, processing.transactionManager(name).fetchInTransaction(
                    () -> processing.tokenStore(name).fetchSegments(name)).length);
        }
        long start = System.nanoTime();
        replays.replay();
        Map<String, Long> processorNanos = new LinkedHashMap<>();
        Map<String, Integer> failingPolls = new LinkedHashMap<>();
        Map<String, String> firstErrors = new LinkedHashMap<>();
        Map<String, Long> furthest = new LinkedHashMap<>();
        while (processorNanos.size() < replayed.size()) {
            if (System.nanoTime() - start > limit.toNanos()) {
                Map<String, Long> positions = new LinkedHashMap<>();
                replayed.stream().filter(processor -> !processorNanos.containsKey(processor.getName()))
                        .forEach(processor -> positions.put(processor.getName(),
                                furthest.getOrDefault(processor.getName(), 0L)));
                throw new ReplayUnfinished(limit, System.nanoTime() - start, head, processorNanos, positions);
            }
            Thread.sleep(POLL.toMillis());
            for (StreamingEventProcessor processor : replayed) {
                Map<Integer, EventTrackerStatus> status = processor.processingStatus();
                if (!status.isEmpty()) {
                    // a processor that stops (its database gone, say) reports no segments: keep how far it got
                    furthest.merge(processor.getName(), lowestPosition(status), Math::max);
                }
                status.values().stream().filter(EventTrackerStatus::isErrorState).findFirst().ifPresent(failing -> {
                    failingPolls.merge(processor.getName(), 1, Integer::sum);
                    firstErrors.putIfAbsent(processor.getName(), String.valueOf(failing.getError()));
                });
                if (!processorNanos.containsKey(processor.getName()) && status.size() >= segments.get(
                        processor.getName()) && status.values().stream().allMatch(segment -> segment.isCaughtUp()
                        && segment.getCurrentPosition().orElse(-1) >= head)) {
                    // (not isReplaying(): Axon keeps that flag up until an event newer than the reset arrives)
                    processorNanos.put(processor.getName(), System.nanoTime() - start);
                }
            }
        }
        long nanos = System.nanoTime() - start;
        ReplayProgress verdict = replays.progress();
        return new ReplayTiming(events, nanos, processorNanos, failingPolls, firstErrors,
                verdict.state() == ReplayState.FAILED ? verdict.failure() : null);
    }

    /** Starts the processors a replay leaves alone (the audit chain) and times them until they reach the head. */
    Map<String, Long> startRemainingProcessors(long head, Duration limit) throws InterruptedException {
        List<StreamingEventProcessor> stopped = new ArrayList<>(processors().stream()
                .filter(processor -> !processor.isRunning()).toList());
        long start = System.nanoTime();
        stopped.forEach(StreamingEventProcessor::start);
        Map<String, Long> nanos = new LinkedHashMap<>();
        while (nanos.size() < stopped.size()) {
            if (System.nanoTime() - start > limit.toNanos()) {
                throw new IllegalStateException("processors " + stopped.stream().map(StreamingEventProcessor::getName)
                        .toList() + " did not reach the head within " + limit);
            }
            Thread.sleep(100);
            for (StreamingEventProcessor processor : stopped) {
                if (!nanos.containsKey(processor.getName()) && atHead(processor, head)) {
                    nanos.put(processor.getName(), System.nanoTime() - start);
                }
            }
        }
        return nanos;
    }

    private static long lowestPosition(Map<Integer, EventTrackerStatus> segments) {
        return segments.values().stream()
                .mapToLong(segment -> segment.getCurrentPosition().orElse(0)).min().orElse(0);
    }

    private static boolean atHead(StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        return !segments.isEmpty() && segments.values().stream().allMatch(segment -> segment.isCaughtUp()
                && segment.getCurrentPosition().orElse(-1) >= head);
    }

    @Override
    public void close() {
        context.close();
    }
}
