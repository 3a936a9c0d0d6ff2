package com.negotiationtracker.config.benchmark;

import com.negotiationtracker.core.dossier.DossierFormat;
import com.negotiationtracker.core.dossier.DossierImporter;
import com.negotiationtracker.core.dossier.ImportReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Issue 6, PostgreSQL: in a fresh schema (dropped afterwards), imports a synthetic history and measures the ingest,
 * a raw JDBC batch insert and raw single-row commits of the same event rows, a full replay next to a raw read of the
 * event table; then starts the runnable jar as one and then two instances on that schema and drives the API with
 * concurrent clients for a bounded time (as-of reads, then single writes), reporting throughput, p50/p99 latency and
 * errors. A command, not a test:
 * <pre>
 * java -Xmx512m -cp config/target/negotiation-tracker.jar \
 *   -Dloader.main=com.negotiationtracker.config.benchmark.PostgresBenchmark \
 *   org.springframework.boot.loader.launch.PropertiesLauncher --phase-seconds=60
 * </pre>
 * Options: {@code --facts} imported before the load (20000), {@code --chunk} (1000), {@code --seed} (42),
 * {@code --clients} (50), {@code --phase-seconds} (60), {@code --max-requests} per phase (200000),
 * {@code --single-seconds} for the raw single-row commits (15), {@code --jar} (config/target/negotiation-tracker.jar),
 * {@code --instance-heap} (512m), {@code --report} (BENCHMARKS.md). The server is the one of the {@code postgres}
 * profile: POSTGRES_HOST (127.0.0.1), POSTGRES_PORT (5432), POSTGRES_DB (test), POSTGRES_USER (postgres),
 * POSTGRES_PASSWORD (empty).
 */
public final class PostgresBenchmark {

    private static final Set<String> OPTIONS = Set.of("facts", "chunk", "seed", "clients", "phase-seconds",
            "max-requests", "single-seconds", "jar", "instance-heap", "report");
    private static final String HOST = System.getenv().getOrDefault("POSTGRES_HOST", "127.0.0.1");
    private static final String PORT = System.getenv().getOrDefault("POSTGRES_PORT", "5432");
    private static final String DATABASE = System.getenv().getOrDefault("POSTGRES_DB", "test");
    private static final String USER = System.getenv().getOrDefault("POSTGRES_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("POSTGRES_PASSWORD", "");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** What the instances' logs are searched for after the run: signs of what slowed them or made requests fail. */
    private static final List<String> LOG_SIGNS = List.of("Aborting Work Package", "Connection is not available",
            "is taking a long time", "ConcurrencyException", "deadlock detected", "OutOfMemoryError");

    private PostgresBenchmark() {
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
        Settings settings = new Settings(arguments);
        if (!TrackerInstance.exists(settings.jar)) {
            throw new IllegalArgumentException(settings.jar.toAbsolutePath() + " is missing: build it first with"
                    + " mvn -o -q -B package -pl config -DskipTests, or name it with --jar=");
        }
        String schema = "tracker_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Path workDir = Files.createTempDirectory("tracker-pg-benchmark-");
        Report report = new Report(settings, schema);
        report.changed = arguments.applicationProperties();
        List<String> database = List.of(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + url(schema),
                "--spring.datasource.username=" + USER,
                "--spring.datasource.password=" + PASSWORD,
                "--spring.flyway.schemas=" + schema,
                "--spring.jpa.properties.hibernate.default_schema=" + schema,
                "--axon.axonserver.enabled=false",
                BenchmarkUser.RUN.property());
        List<TrackerInstance> instances = new ArrayList<>();
        Thread cleanUp = new Thread(() -> instances.forEach(TrackerInstance::close), "stop-instances");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        System.out.printf("PostgreSQL benchmark in schema %s (dropped afterwards); logs in %s; load %s%n", schema,
                workDir, Machine.loadAverage());
        Throwable failure = null;
        try {
            ingestAndReplay(settings, report, database, workDir, arguments.applicationProperties());
            List<String> instanceProperties = new ArrayList<>(database);
            instanceProperties.addAll(arguments.applicationProperties());
            report.stage = "start of instance 1";
            instances.add(TrackerInstance.start("instance-1", settings.jar, settings.instanceHeap,
                    instanceProperties, workDir, Duration.ofMinutes(4)));
            load(settings, report, instances, workDir);
            report.stage = "start of instance 2";
            instances.add(TrackerInstance.start("instance-2", settings.jar, settings.instanceHeap,
                    instanceProperties, workDir, Duration.ofMinutes(4)));
            load(settings, report, instances, workDir);
            report.stage = null;
        } catch (Exception | Error failed) {
            failure = failed;
            report.failure = EmbeddedBenchmark.rootCause(failed);
        } finally {
            instances.forEach(TrackerInstance::close);
            instances.forEach(instance -> report.instanceLogs.put(instance.name(), instance.countInLog(LOG_SIGNS)));
            dropSchema(schema);
        }
        report.loadAtEnd = Machine.loadAverage();
        String block = report.markdown();
        System.out.println();
        System.out.println(block);
        new BenchmarksFile(settings.report).update("PostgreSQL and the API under load: issue 6",
                "postgres facts=" + settings.facts + " phase=" + settings.phaseSeconds + "s"
                        + (arguments.applicationProperties().isEmpty() ? ""
                        : " " + String.join(" ", arguments.applicationProperties())), block);
        System.out.println("\nwritten to " + settings.report.toAbsolutePath());
        if (failure != null) {
            throw new IllegalStateException("the benchmark failed during the " + report.stage, failure);
        }
    }

    /** In this process, with the read models' processors paused: ingest, the raw baselines and the replay. */
    private static void ingestAndReplay(Settings settings, Report report, List<String> database, Path workDir,
                                        List<String> extra) throws Exception {
        List<String> application = new ArrayList<>(database);
        application.addAll(List.of("--tracker.data-dir=" + workDir.resolve("in-process"),
                "--spring.main.banner-mode=off", "--logging.level.root=warn"));
        application.addAll(extra);
        try (HeapWatch heap = new HeapWatch(); InProcessTracker tracker = InProcessTracker.start(application, false)) {
            tracker.pauseProcessors(Duration.ofMinutes(2));
            ProcessorFailures failures = ProcessorFailures.attach();
            report.stage = "import";
            DossierImporter importer = tracker.bean(DossierImporter.class);
            SyntheticHistory history = SyntheticHistory.of(settings.seed, settings.facts, settings.chunk);
            long importNanos = 0;
            while (history.hasNext()) {
                SyntheticDossier dossier = history.next();
                long start = System.nanoTime();
                ImportReport imported = importer.importDossier(dossier.json(), DossierFormat.JSON);
                importNanos += System.nanoTime() - start;
                if (imported.factsRecorded() != dossier.facts()) {
                    throw new IllegalStateException("dossier " + dossier.id() + " was not recorded whole: "
                            + imported.summary());
                }
            }
            report.importNanos = importNanos;
            report.events = tracker.jdbc().queryForObject("select count(*) from domain_event_entry", Long.class);
            report.head = tracker.jdbc().queryForObject("select max(global_index) from domain_event_entry",
                    Long.class);
            System.out.printf("imported %,d facts as %,d events in %s (%s facts/s, %s events/s)%n", settings.facts,
                    report.events, Figures.seconds(importNanos), Figures.count(settings.facts / (importNanos / 1e9)),
                    Figures.count(report.events / (importNanos / 1e9)));

            report.stage = "raw baselines";
            RawEventStore raw = new RawEventStore(tracker.dataSource(), tracker.eventSerializer());
            List<RawEventStore.Row> rows = raw.rows();
            try {
                raw.createCopyTable("bench_batch_insert");
                report.rawBatch = raw.batchInsert("bench_batch_insert", rows, 1_000);
                raw.createCopyTable("bench_single_commits");
                report.rawSingle = raw.singleRowCommits("bench_single_commits", rows, 1,
                        Duration.ofSeconds(settings.singleSeconds));
                raw.createCopyTable("bench_single_commits_10");
                report.rawSingleTen = raw.singleRowCommits("bench_single_commits_10", rows, 10,
                        Duration.ofSeconds(settings.singleSeconds));
            } finally {
                raw.dropTable("bench_batch_insert");
                raw.dropTable("bench_single_commits");
                raw.dropTable("bench_single_commits_10");
            }
            rows.clear();
            System.out.println("raw batch insert " + Figures.rate(report.rawBatch.perSecond(), "rows")
                    + ", single-row commits " + Figures.rate(report.rawSingle.perSecond(), "commits") + " (1 connection), "
                    + Figures.rate(report.rawSingleTen.perSecond(), "commits") + " (10 connections)");
            report.rawRead = raw.read(false);
            // the first pass runs the deserializers cold; the second is the baseline, warm as a long replay is
            report.rawParsedCold = raw.read(true);
            report.rawParsed = raw.read(true);
            report.stage = "replay";
            heap.reset();
            try {
                report.replay = tracker.replay(report.head, report.events, Duration.ofHours(2));
            } finally {
                report.replayHeap = heap.sampledPeakMiB();
                report.replayHeapAfterGc = heap.liveAfterGcPeakMiB();
                report.replayFailures = failures.takeSummary();
            }
            report.rawParsedAfter = raw.read(true);
            System.out.println("replay " + Figures.rate(report.replay.eventsPerSecond(), "events") + "; raw read "
                    + Figures.rate(report.rawRead.perSecond(), "rows") + ", with deserializing "
                    + Figures.rate(report.rawParsed.perSecond(), "rows"));
            report.stage = "audit chain";
            report.chain = tracker.startRemainingProcessors(report.head, Duration.ofHours(1));
            report.stage = "read models' rows written raw";
            report.ceiling = new ReadModelCeiling(tracker.dataSource()).measure();
            System.out.println(report.ceiling.summary(report.events));
        }
    }

    /** Reads, then single writes, against every instance started so far; then waits for the read models. */
    private static void load(Settings settings, Report report, List<TrackerInstance> instances, Path workDir)
            throws Exception {
        List<URI> bases = instances.stream().map(TrackerInstance::base).toList();
        SyntheticCast cast = SyntheticCast.standard(settings.seed);
        LoadDriver driver = new LoadDriver();
        Duration phase = Duration.ofSeconds(settings.phaseSeconds);
        Instant knownFrom = Instant.now().minus(Duration.ofHours(1));

        List<LoadDriver.Client> readers = new ArrayList<>();
        for (int c = 0; c < settings.clients; c++) {
            readers.add(reader(cast, LoadDriver.randomFor(settings.seed, c), knownFrom));
        }
        System.out.printf("%d instance(s): %d clients reading for %d s; load %s%n", bases.size(), settings.clients,
                settings.phaseSeconds, Machine.loadAverage());
        report.stage = "as-of reads with " + bases.size() + " instance(s)";
        report.phases.add(driver.run("as-of reads", bases, readers, phase, settings.maxRequests));
        printPhase(report.phases.get(report.phases.size() - 1));

        AtomicLong written = new AtomicLong();
        List<LoadDriver.Client> writers = new ArrayList<>();
        for (int c = 0; c < settings.clients; c++) {
            SyntheticHistory generator = new SyntheticHistory(cast, settings.seed * 7_919 + c + 1, 1, 1);
            String prefix = "api-" + bases.size() + "-" + c;
            writers.add(base -> {
                long n = written.incrementAndGet();
                String json = generator.oneFactDossier(prefix + "-" + n, SyntheticHistory.END.plus(
                        Duration.ofDays(n % 365))).json();
                return new LoadDriver.Request("POST /api/dossiers (one fact)", BenchmarkUser.RUN.sign(
                                HttpRequest.newBuilder(base.resolve("/api/dossiers"))).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
            });
        }
        System.out.printf("%d instance(s): %d clients writing for %d s; load %s%n", bases.size(), settings.clients,
                settings.phaseSeconds, Machine.loadAverage());
        report.stage = "single writes with " + bases.size() + " instance(s)";
        report.phases.add(driver.run("single writes", bases, writers, phase, settings.maxRequests));
        printPhase(report.phases.get(report.phases.size() - 1));
        long start = System.nanoTime();
        boolean caughtUp = awaitReadModels(instances.get(0).base(), Duration.ofMinutes(10));
        report.catchUp.add((caughtUp ? "" : "not within 10 min: ") + Figures.seconds(System.nanoTime() - start));
    }

    private static LoadDriver.Client reader(SyntheticCast cast, SplittableRandom random, Instant knownFrom) {
        return base -> {
            String times = "validAt=" + between(random, SyntheticHistory.START, SyntheticHistory.END) + "&knownAt="
                    + between(random, knownFrom, Instant.now());
            int roll = random.nextInt(100);
            String kind;
            String path;
            if (roll < 30) {
                kind = "GET /api/state";
                path = "/api/state?" + times;
            } else if (roll < 50) {
                kind = "GET /api/state?track=…";
                path = "/api/state?" + times + "&track=" + cast.tracks().get(random.nextInt(cast.tracks().size())).id();
            } else if (roll < 75) {
                kind = "GET /api/timeline (100)";
                path = "/api/timeline?" + times + "&size=100";
            } else {
                kind = "GET /api/positions";
                path = "/api/positions?" + times;
            }
            return new LoadDriver.Request(kind, BenchmarkUser.RUN.sign(HttpRequest.newBuilder(base.resolve(path)))
                    .timeout(Duration.ofSeconds(60)).header("Accept", "application/json").GET().build());
        };
    }

    private static Instant between(SplittableRandom random, Instant from, Instant to) {
        return from.plusMillis(random.nextLong(Math.max(1, to.toEpochMilli() - from.toEpochMilli())));
    }

    /**
     * Waits until the first instance reports every processor at the head of the store: the whole processor, the
     * segments other instances claim included.
     */
    private static boolean awaitReadModels(URI base, Duration limit) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = http.send(BenchmarkUser.RUN.sign(
                            HttpRequest.newBuilder(base.resolve("/api/admin/replay")))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && everyProcessorAtHead(JSON.readTree(response.body()))) {
                return true;
            }
            Thread.sleep(1_000);
        }
        return false;
    }

    private static boolean everyProcessorAtHead(JsonNode progress) {
        List<JsonNode> processors = new ArrayList<>();
        progress.get("processors").forEach(processors::add);
        progress.get("skipped").forEach(processors::add);
        return !processors.isEmpty() && processors.stream().allMatch(processor ->
                processor.get("caughtUp").asBoolean() && !processor.get("replaying").asBoolean()
                        && processor.get("position").asLong() >= processor.get("head").asLong());
    }

    private static void printPhase(LoadDriver.Phase phase) {
        phase.byKind().forEach((kind, outcome) -> System.out.printf("  %s: %s/s, p50 %s ms, p99 %s ms, errors %s%n",
                kind, Figures.count(outcome.latencies.count() / (phase.nanos() / 1e9)),
                Figures.millis(outcome.latencies.percentileMillis(50)),
                Figures.millis(outcome.latencies.percentileMillis(99)), outcome.failures));
    }

    private static String url(String schema) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + DATABASE + "?currentSchema=" + schema;
    }

    private static void dropSchema(String schema) {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/"
                + DATABASE, USER, PASSWORD); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
            System.out.println("dropped schema " + schema);
        } catch (Exception failed) {
            System.err.println("could not drop schema " + schema + ": " + failed.getMessage());
        }
    }

    private static final class Settings {
        final int facts;
        final int chunk;
        final long seed;
        final int clients;
        final int phaseSeconds;
        final long maxRequests;
        final int singleSeconds;
        final Path jar;
        final String instanceHeap;
        final Path report;

        Settings(BenchmarkArguments arguments) {
            facts = arguments.integer("facts", 20_000);
            chunk = arguments.integer("chunk", 1_000);
            seed = arguments.longValue("seed", 42);
            clients = arguments.integer("clients", 50);
            phaseSeconds = arguments.integer("phase-seconds", 60);
            maxRequests = arguments.longValue("max-requests", 200_000);
            singleSeconds = arguments.integer("single-seconds", 15);
            jar = Path.of(arguments.text("jar", "config/target/negotiation-tracker.jar"));
            instanceHeap = arguments.text("instance-heap", "512m");
            report = Path.of(arguments.text("report", "BENCHMARKS.md"));
        }
    }

    /** Everything one run measured, and how it reads in BENCHMARKS.md. */
    private static final class Report {
        final Settings settings;
        final String schema;
        final Machine machine = Machine.describe();
        final String date = Machine.now();
        final String loadAtStart = Machine.loadAverage();
        final String command = Machine.commandLine();
        String loadAtEnd;
        List<String> changed = List.of();
        /** What the run was doing; null once it got through. */
        String stage = "start of the application";
        /** Why the run stopped before the end; null when it got through. */
        String failure;
        long importNanos;
        long events;
        long head;
        RawEventStore.Pass rawBatch;
        RawEventStore.Pass rawSingle;
        RawEventStore.Pass rawSingleTen;
        RawEventStore.Pass rawRead;
        RawEventStore.Pass rawParsedCold;
        RawEventStore.Pass rawParsed;
        RawEventStore.Pass rawParsedAfter;
        InProcessTracker.ReplayTiming replay;
        long replayHeap;
        long replayHeapAfterGc;
        Map<String, Long> chain = Map.of();
        Map<String, String> replayFailures = Map.of();
        /** The rebuilt read models' rows written again with plain JDBC; null before. */
        ReadModelCeiling.Result ceiling;
        final List<LoadDriver.Phase> phases = new ArrayList<>();
        final List<String> catchUp = new ArrayList<>();
        final Map<String, Map<String, Long>> instanceLogs = new TreeMap<>();

        Report(Settings settings, String schema) {
            this.settings = settings;
            this.schema = schema;
        }

        String markdown() {
            StringBuilder md = new StringBuilder();
            md.append("### ").append(Figures.count(settings.facts)).append(" facts imported, then ")
                    .append(settings.clients).append(" clients for ").append(settings.phaseSeconds)
                    .append(" s a phase, PostgreSQL\n\n");
            md.append("- date: ").append(date).append("; load average (1, 5, 15 min) at start ").append(loadAtStart)
                    .append(", at end ").append(loadAtEnd).append('\n');
            md.append(machine.markdown()).append('\n');
            md.append("- PostgreSQL: ").append(HOST).append(':').append(PORT).append('/').append(DATABASE)
                    .append(", schema ").append(schema).append(" (dropped after the run)\n");
            md.append("- command: `").append(command).append("`\n");
            if (!changed.isEmpty()) {
                md.append("- application settings changed for this run (in process and instances): `")
                        .append(String.join(" ", changed)).append("`\n");
            }
            md.append("- instances: `java -Xmx").append(settings.instanceHeap).append(" -jar ").append(settings.jar)
                    .append(" --spring.profiles.active=postgres …` on the same schema, ports of their own\n\n");
            if (failure != null) {
                md.append("**The run stopped during the ").append(stage).append("**: `")
                        .append(failure.replace('`', '\'')).append("`. What it measured before that:\n\n");
            }

            double importEvents = importNanos == 0 ? 0 : events / (importNanos / 1e9);
            md.append("| measure | figure |\n|---|---|\n");
            if (importNanos > 0) {
                md.append("| dossier import in process, write side only (dossiers of ").append(settings.chunk)
                        .append(" facts) | ").append(Figures.rate(settings.facts / (importNanos / 1e9), "facts"))
                        .append(", ").append(Figures.rate(importEvents, "events")).append(" (")
                        .append(Figures.count(events)).append(" events in ").append(Figures.seconds(importNanos))
                        .append(") |\n");
            }
            if (rawSingleTen != null) {
                md.append("| raw JDBC batch insert of the same rows (batches of 1,000, a commit each) | ")
                        .append(Figures.rate(rawBatch.perSecond(), "rows")).append(" |\n");
                md.append("| raw single-row commits, 1 connection / 10 connections | ")
                        .append(Figures.rate(rawSingle.perSecond(), "commits")).append(" / ")
                        .append(Figures.rate(rawSingleTen.perSecond(), "commits")).append(" |\n");
            }
            if (rawParsed != null) {
                md.append("| raw JDBC read / read + deserialize (first pass, cold / second pass / after the replay) | ")
                        .append(Figures.rate(rawRead.perSecond(), "rows")).append(" / ")
                        .append(Figures.rate(rawParsedCold.perSecond(), "rows")).append(", ")
                        .append(Figures.rate(rawParsed.perSecond(), "rows")).append(", ")
                        .append(rawParsedAfter == null ? "–" : Figures.rate(rawParsedAfter.perSecond(), "rows"))
                        .append(" |\n");
            }
            if (replay != null) {
                md.append("| full replay, every read model (").append(replay.processorNanos().size())
                        .append(" processors at once) | ").append(Figures.rate(replay.eventsPerSecond(), "events"))
                        .append(" in ").append(Figures.seconds(replay.nanos())).append("; peak heap ")
                        .append(replayHeap).append(" MiB sampled, ").append(replayHeapAfterGc)
                        .append(" MiB most in use after a GC |\n");
                replay.processorNanos().forEach((name, nanos) -> md.append("| &nbsp;&nbsp;processor `").append(name)
                        .append("` reached the head after | ").append(Figures.seconds(nanos)).append(" (")
                        .append(Figures.rate(events / (nanos / 1e9), "events")).append(") |\n"));
                if (replay.serviceFailure() != null) {
                    md.append("| &nbsp;&nbsp;the application's replay service reported the replay as failed | `")
                            .append(replay.serviceFailure().replace('`', '\'').replace('|', '/'))
                            .append("` (the processors went on and finished; timed above) |\n");
                }
            }
            if (ceiling != null) {
                md.append(ceiling.markdownRow(events));
            }
            replayFailures.forEach((name, aborted) -> md.append("| &nbsp;&nbsp;processor `").append(name)
                    .append("` during the replay | ").append(aborted.replace('`', '\'').replace('|', '/'))
                    .append(" |\n"));
            chain.forEach((name, nanos) -> md.append("| processor `").append(name)
                    .append("` (never replayed), first build | ").append(Figures.seconds(nanos)).append(" (")
                    .append(Figures.rate(events / (nanos / 1e9), "events")).append(") |\n"));

            if (!phases.isEmpty()) {
                md.append("\nLoad: ").append(settings.clients).append(" clients, each sending one request after the"
                        + " other, spread over the instances in turn, for ").append(settings.phaseSeconds)
                        .append(" s a phase (at most ").append(Figures.count(settings.maxRequests))
                        .append(" requests). Reads ask for random `validAt` in 2014–2025 and random `knownAt`; a"
                                + " single write is a one-fact JSON dossier.\n\n");
                md.append("| instances | phase | request | throughput | p50 ms | p99 ms | errors |\n"
                        + "|---|---|---|---|---|---|---|\n");
                for (LoadDriver.Phase phase : phases) {
                    phase.byKind().forEach((kind, outcome) -> md.append("| ").append(phase.instances()).append(" | ")
                            .append(phase.name()).append(" | ").append(kind).append(" | ")
                            .append(Figures.rate(outcome.latencies.count() / (phase.nanos() / 1e9), "req"))
                            .append(" | ").append(Figures.millis(outcome.latencies.percentileMillis(50)))
                            .append(" | ").append(Figures.millis(outcome.latencies.percentileMillis(99)))
                            .append(" | ").append(outcome.errors() == 0 ? "0" : outcome.errors() + " "
                                    + outcome.failures).append(" |\n"));
                }
            }
            for (int i = 0; i < catchUp.size(); i++) {
                md.append("\nRead models at the head again after the write phase with ").append(i + 1)
                        .append(" instance(s): ").append(catchUp.get(i)).append('\n');
            }
            instanceLogs.forEach((instance, counts) -> md.append("\nLog of ").append(instance)
                    .append(", lines containing: ").append(counts.entrySet().stream()
                            .map(count -> "\"" + count.getKey() + "\" " + count.getValue())
                            .collect(Collectors.joining(", "))).append('\n'));
            phases.forEach(phase -> phase.byKind().forEach((kind, outcome) -> {
                if (outcome.firstFailure != null) {
                    md.append("\nFirst error (").append(phase.instances()).append(" instance(s), ").append(kind)
                            .append("): `").append(outcome.firstFailure.replace('`', '\'').replace('\n', ' '))
                            .append("`\n");
                }
            }));

            md.append("\nTargets:\n\n");
            if (importNanos > 0 && rawBatch != null) {
                md.append("- dossier import at least one third of the raw batch-insert rate: ")
                        .append(Figures.count(importEvents)).append(" / ").append(Figures.count(rawBatch.perSecond()))
                        .append(" events/s = ").append(Figures.ratio(importEvents / rawBatch.perSecond()))
                        .append(" — ").append(Figures.verdict(importEvents * 3 >= rawBatch.perSecond())).append('\n');
            }
            OptionalDouble apiWrites = phases.stream().filter(phase -> phase.name().equals("single writes")
                            && phase.instances() == 1)
                    .mapToDouble(phase -> phase.perSecond("POST /api/dossiers (one fact)")).findFirst();
            if (apiWrites.isPresent() && rawSingle != null) {
                md.append("- single writes through the API (1 instance) at least half the rate of raw single-row"
                                + " commits: ").append(Figures.count(apiWrites.getAsDouble())).append(" / ")
                        .append(Figures.count(rawSingle.perSecond())).append(" per s = ")
                        .append(Figures.ratio(apiWrites.getAsDouble() / rawSingle.perSecond())).append(" — ")
                        .append(Figures.verdict(apiWrites.getAsDouble() * 2 >= rawSingle.perSecond()))
                        .append(" (against 10 connections: ")
                        .append(Figures.ratio(apiWrites.getAsDouble() / rawSingleTen.perSecond())).append(")\n");
            } else {
                md.append("- single writes through the API: not measured in this run\n");
            }
            if (replay != null) {
                double bestRead = Math.max(rawParsed.perSecond(),
                        rawParsedAfter == null ? 0 : rawParsedAfter.perSecond());
                md.append("- replay at least one third of a raw read of the event table: ")
                        .append(Figures.count(replay.eventsPerSecond())).append(" / ").append(Figures.count(bestRead))
                        .append(" rows/s with deserializing = ")
                        .append(Figures.ratio(replay.eventsPerSecond() / bestRead)).append(" — ")
                        .append(Figures.verdict(replay.eventsPerSecond() * 3 >= bestRead))
                        .append("; against the bare read (").append(Figures.count(rawRead.perSecond()))
                        .append(" rows/s): ").append(Figures.ratio(replay.eventsPerSecond() / rawRead.perSecond()));
                if (ceiling != null) {
                    md.append(ceiling.targetNote(events, bestRead));
                }
                md.append('\n');
            } else {
                md.append("- replay at least one third of a raw read: **missed** (no replay finished)\n");
            }
            return md.toString();
        }
    }
}
