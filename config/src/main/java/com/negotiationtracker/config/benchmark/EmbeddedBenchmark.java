package com.negotiationtracker.config.benchmark;

import com.negotiationtracker.core.dossier.DossierFormat;
import com.negotiationtracker.core.dossier.DossierImporter;
import com.negotiationtracker.core.dossier.ImportReport;
import com.negotiationtracker.query.state.DiplomaticState;
import com.negotiationtracker.query.state.DiplomaticStateAt;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Issue 3, the embedded default (H2 file database): imports a synthetic history of {@code --facts} facts, then
 * measures a full replay of the read models next to a raw JDBC read of the same event table, as-of query latencies
 * and peak heap, prints a table and writes it to BENCHMARKS.md. A command, not a test: run it from the built jar,
 * with the heap the targets name:
 * <pre>
 * java -Xmx512m -cp config/target/negotiation-tracker.jar \
 *   -Dloader.main=com.negotiationtracker.config.benchmark.EmbeddedBenchmark \
 *   org.springframework.boot.loader.launch.PropertiesLauncher --facts=100000
 * </pre>
 * Options: {@code --facts} (10000), {@code --chunk} facts per dossier (1000), {@code --seed} (42), {@code --queries}
 * measured per kind of as-of query (200), {@code --report} (BENCHMARKS.md), {@code --data-dir} (a fresh temporary
 * folder, deleted afterwards unless {@code --keep-data=true}), {@code --replay-limit-minutes} after which the run
 * gives up waiting for the replay (180), {@code --stage}: {@code all} (the default), {@code import} (import into
 * {@code --data-dir}, keep it, stop) or {@code replay} (replay and query the store an import stage left in
 * {@code --data-dir}; so that each can have its own heap); application properties
 * ({@code --tracker.processors.batch-size=500} ...) are passed on to the application.
 */
public final class EmbeddedBenchmark {

    private static final Set<String> OPTIONS = Set.of("facts", "chunk", "seed", "queries", "report", "data-dir",
            "keep-data", "replay-limit-minutes", "stage");
    private static final Set<String> STAGES = Set.of("all", "import", "replay");

    private EmbeddedBenchmark() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable failed) {
            // the application's threads would keep the JVM alive after a failure
            failed.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        BenchmarkArguments arguments = BenchmarkArguments.parse(args, OPTIONS);
        int facts = arguments.integer("facts", 10_000);
        int chunk = arguments.integer("chunk", 1_000);
        long seed = arguments.longValue("seed", 42);
        int queries = arguments.integer("queries", 200);
        BenchmarksFile benchmarks = new BenchmarksFile(Path.of(arguments.text("report", "BENCHMARKS.md")));
        Path dataDir = arguments.text("data-dir", null) != null ? Path.of(arguments.text("data-dir", null))
                : Files.createTempDirectory("tracker-benchmark-");
        String stage = arguments.text("stage", "all");
        if (!STAGES.contains(stage)) {
            throw new IllegalArgumentException("--stage: one of " + STAGES + ", not '" + stage + "'");
        }
        if (stage.equals("replay") && arguments.text("data-dir", null) == null) {
            throw new IllegalArgumentException("--stage=replay needs the --data-dir an import stage filled");
        }
        boolean importing = !stage.equals("replay");
        boolean replaying = !stage.equals("import");
        // a folder the caller named is theirs (an import stage's store takes a quarter of an hour to make): kept
        boolean keepData = arguments.flag("keep-data", false) || !replaying || arguments.text("data-dir", null) != null;
        Duration replayLimit = Duration.ofMinutes(arguments.integer("replay-limit-minutes", 180));

        Report report = new Report(facts, chunk, seed, stage);
        List<String> application = new ArrayList<>(List.of(
                "--tracker.data-dir=" + dataDir.toAbsolutePath(),
                "--tracker.reference-story.load-into-empty-store=false",
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=warn",
                BenchmarkUser.RUN.property()));
        application.addAll(arguments.applicationProperties());
        report.settings = arguments.applicationProperties();
        System.out.printf("Embedded benchmark: %,d facts in dossiers of %,d, H2 in %s, max heap %,d MiB, load %s%n",
                facts, chunk, dataDir.toAbsolutePath(), HeapWatch.maxHeapMiB(), Machine.loadAverage());
        Throwable failure = null;
        try (HeapWatch heap = new HeapWatch(); InProcessTracker tracker = InProcessTracker.start(application, true)) {
            tracker.pauseProcessors(Duration.ofMinutes(2));
            ProcessorFailures failures = ProcessorFailures.attach();
            if (importing) {
                report.stage = "import";
                importHistory(tracker, report, heap);
            } else {
                SyntheticCast cast = SyntheticCast.standard(seed);
                report.actors = cast.actors().size();
                report.tracks = cast.tracks().size();
            }
            measureStore(tracker, report, dataDir);
            if (replaying) {
                replayAndQuery(tracker, report, heap, failures, replayLimit, seed, queries);
            }
            report.stage = null;
        } catch (Exception | Error failed) {
            failure = failed;
            report.failure = rootCause(failed);
        } finally {
            if (!keepData) {
                deleteRecursively(dataDir);
            }
        }
        report.loadAtEnd = Machine.loadAverage();
        String block = report.markdown();
        System.out.println();
        System.out.println(block);
        // a run with changed application settings is kept beside the run with the defaults, not in its place
        benchmarks.update("Embedded default (H2 file database): issue 3", "embedded facts=" + facts
                + (stage.equals("all") ? "" : " stage=" + stage)
                + (report.settings.isEmpty() ? "" : " " + String.join(" ", report.settings)), block);
        System.out.println("\nwritten to " + benchmarks.path().toAbsolutePath());
        if (failure != null) {
            throw new IllegalStateException("the benchmark failed during the " + report.stage, failure);
        }
    }

    /** The raw reads, the replay (timed, or as far as it got), the audit chain after it, and the as-of queries. */
    private static void replayAndQuery(InProcessTracker tracker, Report report, HeapWatch heap,
                                       ProcessorFailures failures, Duration replayLimit, long seed, int queries)
            throws Exception {
        report.stage = "raw read";
        RawEventStore raw = new RawEventStore(tracker.dataSource(), tracker.eventSerializer());
        report.rawRead = raw.read(false);
        // the first pass runs the deserializers cold; the second is the baseline, warm as a long replay is
        report.rawParsedCold = raw.read(true);
        report.rawParsedBefore = raw.read(true);
        System.out.println("raw read: " + Figures.rate(report.rawRead.perSecond(), "rows") + "; with deserializing: "
                + Figures.rate(report.rawParsedBefore.perSecond(), "rows"));

        report.stage = "replay";
        heap.reset();
        try {
            report.replay = tracker.replay(report.head, report.events, replayLimit);
        } catch (InProcessTracker.ReplayUnfinished unfinished) {
            // still worth measuring: the queries then run on read models as large as the replay got them, with the
            // processors stopped, so that their latencies are the queries' own and not the replay's load on two cores
            report.unfinished = unfinished;
            System.out.println(unfinished.getMessage());
            tracker.stopProcessors();
        } finally {
            report.replayHeapSampled = heap.sampledPeakMiB();
            report.replayHeapPools = heap.poolPeaksMiB();
            report.replayHeapAfterGc = heap.liveAfterGcPeakMiB();
            report.replayFailures = failures.takeSummary();
        }
        if (report.replay != null) {
            System.out.println("replay: " + Figures.rate(report.replay.eventsPerSecond(), "events") + " in "
                    + Figures.seconds(report.replay.nanos()) + ", peak heap " + report.replayHeapSampled + " MiB");
        }
        report.stateHistory = StateHistorySize.of(tracker.jdbc());
        report.rawParsedAfter = raw.read(true);
        if (report.replay != null) {
            report.stage = "audit chain";
            report.chain = tracker.startRemainingProcessors(report.head, Duration.ofHours(2));
        }

        report.stage = "as-of queries";
        asOfQueries(tracker, report, seed, queries);

        if (report.replay != null) {
            // last, so that its writing to the file weighs on nothing measured before
            report.stage = "read models' rows written raw";
            report.ceiling = new ReadModelCeiling(tracker.dataSource()).measure();
            System.out.println(report.ceiling.summary(report.events));
        }
    }

    static String rootCause(Throwable failed) {
        Throwable root = failed;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : root.getMessage().lines().findFirst().orElse("");
        return root.getClass().getSimpleName() + ": " + message.substring(0, Math.min(300, message.length()));
    }

    private static void importHistory(InProcessTracker tracker, Report report, HeapWatch heap) {
        DossierImporter importer = tracker.bean(DossierImporter.class);
        SyntheticHistory history = SyntheticHistory.of(report.seed, report.facts, report.chunk);
        List<Long> chunkNanos = new ArrayList<>();
        List<Integer> chunkFacts = new ArrayList<>();
        heap.reset();
        long total = 0;
        int done = 0;
        int nextProgress = report.facts / 10;
        while (history.hasNext()) {
            SyntheticDossier dossier = history.next();
            long start = System.nanoTime();
            ImportReport imported = importer.importDossier(dossier.json(), DossierFormat.JSON);
            long nanos = System.nanoTime() - start;
            if (imported.factsRecorded() != dossier.facts() || imported.reportsRecorded() != dossier.reports()) {
                throw new IllegalStateException("dossier " + dossier.id() + " was not recorded whole: "
                        + imported.summary());
            }
            total += nanos;
            chunkNanos.add(nanos);
            chunkFacts.add(dossier.facts());
            report.reports += dossier.reports();
            done += dossier.facts();
            // kept as it goes, so that a run the import stops (out of memory, say) says how far it got
            report.factsImported = done;
            report.importNanos = total;
            report.importHeapSampled = heap.sampledPeakMiB();
            report.importHeapAfterGc = heap.liveAfterGcPeakMiB();
            if (done >= nextProgress) {
                System.out.printf("imported %,d facts: last dossier %s facts/s, overall %s facts/s, heap peak %,d MiB,"
                                + " load %s%n", done, Figures.count(dossier.facts() / (nanos / 1e9)),
                        Figures.count(done / (total / 1e9)), heap.sampledPeakMiB(), Machine.loadAverage());
                nextProgress += Math.max(1, report.facts / 10);
            }
        }
        int tenth = Math.max(1, chunkNanos.size() / 10);
        report.firstTenthFactsPerSecond = rate(chunkFacts.subList(0, tenth), chunkNanos.subList(0, tenth));
        report.lastTenthFactsPerSecond = rate(chunkFacts.subList(chunkFacts.size() - tenth, chunkFacts.size()),
                chunkNanos.subList(chunkNanos.size() - tenth, chunkNanos.size()));
        report.actors = history.cast().actors().size();
        report.tracks = history.cast().tracks().size();
    }

    private static double rate(List<Integer> facts, List<Long> nanos) {
        return facts.stream().mapToInt(Integer::intValue).sum()
                / (nanos.stream().mapToLong(Long::longValue).sum() / 1e9);
    }

    private static void measureStore(InProcessTracker tracker, Report report, Path dataDir) throws IOException {
        Map<String, Object> store = tracker.jdbc().queryForMap("select count(*) as events, max(global_index) as head,"
                + " min(time_stamp) as first_recorded, max(time_stamp) as last_recorded from domain_event_entry");
        report.events = ((Number) store.get("events")).longValue();
        report.head = ((Number) store.get("head")).longValue();
        report.firstRecorded = Instant.parse((String) store.get("first_recorded"));
        report.lastRecorded = Instant.parse((String) store.get("last_recorded"));
        try (Stream<Path> files = Files.walk(dataDir)) {
            report.storeBytes = files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException gone) {
                    return 0;
                }
            }).sum();
        }
        // a replay stage finds the store an earlier run imported: it has no import time of its own to tell
        String imported = report.importNanos > 0 ? "in " + Figures.seconds(report.importNanos) + " ("
                + Figures.count(report.facts / (report.importNanos / 1e9)) + " facts/s)" : "by an earlier run";
        System.out.printf("imported %,d facts as %,d events %s; H2 files %,d MiB%n", report.facts, report.events,
                imported, report.storeBytes >> 20);
    }

    private static void asOfQueries(InProcessTracker tracker, Report report, long seed, int count)
            throws InterruptedException {
        SyntheticCast cast = SyntheticCast.standard(seed);
        AsOfQueries queries = new AsOfQueries(URI.create("http://127.0.0.1:" + tracker.port()), seed,
                SyntheticHistory.START, SyntheticHistory.END, report.firstRecorded, report.lastRecorded,
                cast.tracks());
        int warmUp = Math.max(5, count / 10);
        for (Map.Entry<String, Supplier<String>> kind : queries.kinds().entrySet()) {
            AsOfQueries.Result result = queries.run(kind.getKey(), kind.getValue(), warmUp, count,
                    Duration.ofSeconds(90));
            report.queries.add(result);
            System.out.printf("%s: p50 %s ms, p99 %s ms (%d queries, %d errors)%n", result.name(),
                    Figures.millis(result.latencies().percentileMillis(50)),
                    Figures.millis(result.latencies().percentileMillis(99)), result.latencies().count(),
                    result.errors());
        }
        report.queries.add(queryBus(tracker, report, seed, warmUp, count));
    }

    /** The state query through the query bus, without HTTP and JSON: what the read model itself costs. */
    private static AsOfQueries.Result queryBus(InProcessTracker tracker, Report report, long seed, int warmUp,
                                               int count) {
        QueryGateway gateway = tracker.bean(QueryGateway.class);
        SplittableRandom random = new SplittableRandom(seed + 1);
        Supplier<DiplomaticStateAt> query = () -> new DiplomaticStateAt(
                between(random, SyntheticHistory.START, SyntheticHistory.END),
                between(random, report.firstRecorded, report.lastRecorded), null);
        for (int i = 0; i < warmUp; i++) {
            gateway.query(query.get(), ResponseTypes.instanceOf(DiplomaticState.class)).join();
        }
        Latencies latencies = new Latencies();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        for (int i = 0; i < count && System.nanoTime() < deadline; i++) {
            DiplomaticStateAt asked = query.get();
            long start = System.nanoTime();
            gateway.query(asked, ResponseTypes.instanceOf(DiplomaticState.class)).join();
            latencies.add(System.nanoTime() - start);
        }
        return new AsOfQueries.Result("DiplomaticStateAt on the query bus (no HTTP, no JSON)", latencies, 0, 0, null);
    }

    private static Instant between(SplittableRandom random, Instant from, Instant to) {
        return from.plusMillis(random.nextLong(Math.max(1, to.toEpochMilli() - from.toEpochMilli())));
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // the figures are still written: a folder left behind is no reason to lose them
            System.err.println("could not delete " + folder + ": " + e.getMessage());
        }
    }

    /** Everything one run measured, and how it reads in BENCHMARKS.md. */
    private static final class Report {
        final int facts;
        final int chunk;
        final long seed;
        /** {@code all}, or the one stage of a run split in two ({@code --stage}). */
        final String runStage;
        final Machine machine = Machine.describe();
        final String date = Machine.now();
        final String loadAtStart = Machine.loadAverage();
        final String command = Machine.commandLine();
        String loadAtEnd;
        /** What the run was doing; null once it got through. */
        String stage = "start of the application";
        /** Why the run stopped before the end; null when it got through. */
        String failure;
        List<String> settings = List.of();
        int reports;
        int actors;
        int tracks;
        long events;
        long head;
        long storeBytes;
        Instant firstRecorded;
        Instant lastRecorded;
        long importNanos;
        /** Facts recorded by the import so far: all of them unless it stopped. */
        int factsImported;
        long importHeapSampled;
        long importHeapAfterGc;
        double firstTenthFactsPerSecond;
        double lastTenthFactsPerSecond;
        RawEventStore.Pass rawRead;
        RawEventStore.Pass rawParsedCold;
        RawEventStore.Pass rawParsedBefore;
        RawEventStore.Pass rawParsedAfter;
        InProcessTracker.ReplayTiming replay;
        /** Where the replay had got when its time ran out; null when it finished. */
        InProcessTracker.ReplayUnfinished unfinished;
        long replayHeapSampled;
        long replayHeapPools;
        long replayHeapAfterGc;
        /** The state's history as the replay left it; null before. */
        StateHistorySize stateHistory;
        /** The rebuilt read models' rows written again with plain JDBC; null without a finished replay. */
        ReadModelCeiling.Result ceiling;
        Map<String, Long> chain = Map.of();
        Map<String, String> replayFailures = Map.of();
        final List<AsOfQueries.Result> queries = new ArrayList<>();

        Report(int facts, int chunk, long seed, String runStage) {
            this.facts = facts;
            this.chunk = chunk;
            this.seed = seed;
            this.runStage = runStage;
        }

        String markdown() {
            StringBuilder md = new StringBuilder();
            md.append("### ").append(Figures.count(facts)).append(" facts (").append(Figures.count(events))
                    .append(" events), embedded H2").append(switch (runStage) {
                        case "import" -> ": import stage (the replay stage runs on the store it leaves)";
                        case "replay" -> ": replay stage (on the store the import stage left)";
                        default -> "";
                    }).append("\n\n");
            md.append("- date: ").append(date).append("; load average (1, 5, 15 min) at start ").append(loadAtStart)
                    .append(", at end ").append(loadAtEnd).append('\n');
            md.append(machine.markdown()).append('\n');
            md.append("- command: `").append(command).append("`\n");
            if (!settings.isEmpty()) {
                md.append("- application settings changed for this run: `").append(String.join(" ", settings))
                        .append("`\n");
            }
            md.append("- history: ").append(Figures.count(facts)).append(" facts and ")
                    .append(runStage.equals("replay") ? "the" : Figures.count(reports))
                    .append(" later reports in dossiers of ").append(Figures.count(chunk)).append(" (seed ").append(seed)
                    .append("), ").append(actors).append(" actors, ").append(tracks).append(" tracks; ")
                    .append(Figures.count(events)).append(" events, H2 files ").append(storeBytes >> 20)
                    .append(" MiB; max heap ").append(HeapWatch.maxHeapMiB()).append(" MiB\n\n");
            if (failure != null) {
                md.append("**The run stopped during the ").append(stage).append("**: `")
                        .append(failure.replace('`', '\'')).append("`. What it measured before that:\n\n");
            }

            md.append("| measure | figure |\n|---|---|\n");
            if (importNanos > 0 && factsImported < facts) {
                md.append("| import, write side only (processors paused), **stopped** | ")
                        .append(Figures.count(factsImported)).append(" facts recorded in ")
                        .append(Figures.seconds(importNanos)).append(" (")
                        .append(Figures.rate(factsImported / (importNanos / 1e9), "facts")).append(") |\n");
            } else if (importNanos > 0) {
                md.append("| import, write side only (processors paused) | ")
                        .append(Figures.rate(facts / (importNanos / 1e9), "facts")).append(", ")
                        .append(Figures.rate(events / (importNanos / 1e9), "events")).append(" in ")
                        .append(Figures.seconds(importNanos)).append("; first tenth of the dossiers ")
                        .append(Figures.rate(firstTenthFactsPerSecond, "facts")).append(", last tenth ")
                        .append(Figures.rate(lastTenthFactsPerSecond, "facts")).append(" |\n");
            }
            if (rawRead != null) {
                md.append("| raw JDBC read of `domain_event_entry` | ").append(Figures.rate(rawRead.perSecond(), "rows"))
                        .append(" (").append(Figures.seconds(rawRead.nanos())).append(") |\n");
            }
            if (rawParsedBefore != null) {
                md.append("| raw JDBC read + deserialize (first pass, cold / second pass / after the replay) | ")
                        .append(Figures.rate(rawParsedCold.perSecond(), "rows")).append(" / ")
                        .append(Figures.rate(rawParsedBefore.perSecond(), "rows")).append(" / ")
                        .append(rawParsedAfter == null ? "–" : Figures.rate(rawParsedAfter.perSecond(), "rows"))
                        .append(" |\n");
            }
            if (replay != null) {
                md.append("| full replay, every read model (").append(replay.processorNanos().size())
                        .append(" processors at once) | ").append(Figures.rate(replay.eventsPerSecond(), "events"))
                        .append(" in ").append(Figures.seconds(replay.nanos())).append(" |\n");
                replay.processorNanos().forEach((name, nanos) -> md.append("| &nbsp;&nbsp;processor `").append(name)
                        .append("` reached the head after | ").append(Figures.seconds(nanos)).append(" (")
                        .append(Figures.rate(events / (nanos / 1e9), "events")).append(") |\n"));
                if (replay.serviceFailure() != null) {
                    md.append("| &nbsp;&nbsp;the application's replay service reported the replay as failed | `")
                            .append(replay.serviceFailure().replace('`', '\'').replace('|', '/'))
                            .append("` (the processors went on and finished; timed above) |\n");
                }
            }
            if (unfinished != null) {
                md.append("| full replay, every read model | **unfinished** after ")
                        .append(Figures.seconds(unfinished.nanos)).append(" (the run's replay limit) |\n");
                unfinished.reachedNanos.forEach((name, nanos) -> md.append("| &nbsp;&nbsp;processor `").append(name)
                        .append("` reached the head after | ").append(Figures.seconds(nanos)).append(" (")
                        .append(Figures.rate(events / (nanos / 1e9), "events")).append(") |\n"));
                unfinished.positions.forEach((name, position) -> md.append("| &nbsp;&nbsp;processor `").append(name)
                        .append("` had got to | event ").append(Figures.count(position)).append(" of ")
                        .append(Figures.count(unfinished.head)).append(" (")
                        .append(Figures.rate(position / (unfinished.nanos / 1e9), "events")).append(") |\n"));
            }
            if (ceiling != null) {
                md.append(ceiling.markdownRow(events));
            }
            if (stateHistory != null) {
                md.append(stateHistory.markdown());
            }
            replayFailures.forEach((name, aborted) -> md.append("| &nbsp;&nbsp;processor `").append(name)
                    .append("` during the replay | ").append(aborted.replace('`', '\'').replace('|', '/'))
                    .append(" |\n"));
            chain.forEach((name, nanos) -> md.append("| processor `").append(name)
                    .append("` (never replayed), first build after the replay | ").append(Figures.seconds(nanos))
                    .append(" (").append(Figures.rate(events / (nanos / 1e9), "events")).append(") |\n"));
            if (importNanos > 0) {
                md.append("| peak heap during the import (sampled / most in use after a GC) | ").append(importHeapSampled)
                        .append(" MiB / ").append(importHeapAfterGc).append(" MiB of ").append(HeapWatch.maxHeapMiB())
                        .append(" MiB |\n");
            }
            if (replay != null || unfinished != null || "replay".equals(stage)) {
                md.append("| peak heap during the replay (sampled / sum of heap pools' peaks / most in use after a GC) | ")
                        .append(replayHeapSampled).append(" MiB / ").append(replayHeapPools).append(" MiB / ")
                        .append(replayHeapAfterGc).append(" MiB of ").append(HeapWatch.maxHeapMiB()).append(" MiB |\n");
            }

            if (!queries.isEmpty()) {
                md.append("\nAs-of queries, one client, random `validAt` in 2014–2025 and random `knownAt` within the"
                        + " import").append(unfinished == null ? "" : ", on the read models as far as the unfinished"
                                + " replay had rebuilt them, its processors stopped").append(":\n\n");
                md.append("| query | p50 ms | p99 ms | max ms | measured | errors | mean answer |\n"
                        + "|---|---|---|---|---|---|---|\n");
                for (AsOfQueries.Result result : queries) {
                    md.append("| ").append(result.name()).append(" | ")
                            .append(Figures.millis(result.latencies().percentileMillis(50))).append(" | ")
                            .append(Figures.millis(result.latencies().percentileMillis(99))).append(" | ")
                            .append(Figures.millis(result.latencies().maxMillis())).append(" | ")
                            .append(result.latencies().count()).append(" | ").append(result.errors()).append(" | ")
                            .append(result.bytes() == 0 ? "–" : Figures.count(result.meanBytes() / 1024.0) + " KiB")
                            .append(" |\n");
                }
                queries.stream().filter(result -> result.firstError() != null).forEach(result ->
                        md.append("\nFirst error of ").append(result.name()).append(": `")
                                .append(result.firstError().replace('`', '\'').replace('\n', ' ')).append("`\n"));
            }

            md.append("\nTargets:\n\n");
            if (!queries.isEmpty()) {
                // the slowest kind decides: every as-of query is to answer within the target
                AsOfQueries.Result slowest = queries.stream().max(Comparator.comparingDouble(
                        result -> result.latencies().percentileMillis(99))).orElseThrow();
                double p99 = slowest.latencies().percentileMillis(99);
                md.append("- as-of p99 under 50 ms at 1M events: slowest, ").append(slowest.name()).append(", p99 ")
                        .append(Figures.millis(p99)).append(" ms at ").append(Figures.count(events))
                        .append(" events").append(unfinished == null ? "" : ", on read models the replay had only"
                                + " partly rebuilt").append(" — ").append(unfinished != null
                                ? (p99 < 50 ? "not decided (the read models were not whole)" : "**missed**")
                                : events >= 1_000_000 ? Figures.verdict(p99 < 50)
                                : (p99 < 50 ? "under 50 ms at this size" : "already over 50 ms at this size"))
                        .append('\n');
            } else {
                md.append("- as-of p99 under 50 ms at 1M events: not measured in this run\n");
            }
            if (runStage.equals("import")) {
                // an import stage stops before the replay, which the replay stage runs in a heap of its own
                md.append("- replay at least one third of the raw read-and-deserialize rate: not measured in this"
                        + " run (the import stage)\n");
                md.append("- replay of 1M events within a 512 MB heap: not measured in this run (the import stage)\n");
                return md.toString();
            }
            if (replay != null) {
                double bestRaw = Math.max(rawParsedBefore.perSecond(),
                        rawParsedAfter == null ? 0 : rawParsedAfter.perSecond());
                md.append("- replay at least one third of the raw read-and-deserialize rate: ")
                        .append(Figures.count(replay.eventsPerSecond())).append(" / ").append(Figures.count(bestRaw))
                        .append(" = ").append(Figures.ratio(replay.eventsPerSecond() / bestRaw)).append(" — ")
                        .append(Figures.verdict(replay.eventsPerSecond() * 3 >= bestRaw));
                if (ceiling != null) {
                    md.append(ceiling.targetNote(events, bestRaw));
                }
                md.append('\n');
            } else {
                md.append("- replay at least one third of the raw read-and-deserialize rate: **missed** (no replay"
                        + " finished)\n");
            }
            md.append("- replay of 1M events within a 512 MB heap: ");
            if (events >= 1_000_000) {
                md.append(replay != null && HeapWatch.maxHeapMiB() <= 512 ? "**met**" : "**missed**")
                        .append(" (max heap ").append(HeapWatch.maxHeapMiB()).append(" MiB, peak ")
                        .append(replayHeapSampled).append(" MiB)\n");
            } else {
                md.append("not at 1M events in this run (").append(Figures.count(events))
                        .append(" events; peak ").append(replayHeapSampled).append(" MiB of ")
                        .append(HeapWatch.maxHeapMiB()).append(" MiB)\n");
            }
            return md.toString();
        }
    }
}
