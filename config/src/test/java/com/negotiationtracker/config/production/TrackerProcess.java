package com.negotiationtracker.config.production;

import com.negotiationtracker.config.support.TestUsers;
import com.negotiationtracker.config.support.TrackerApi;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * The runnable jar started as its own operating-system process, as an operator runs it: on the {@code postgres}
 * profile several of them share one database; on the embedded default one keeps its H2 file. Any can be killed with
 * SIGKILL in the middle of its work.
 */
final class TrackerProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "negotiation-tracker.jar");

    private final Process process;
    private final int port;
    private final Path log;

    private TrackerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts an instance on the given PostgreSQL schema and waits until it answers. */
    static TrackerProcess start(String name, String schema, Path workDir, String... extraArguments)
            throws IOException {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.profiles.active=postgres",
                "--tracker.data-dir=" + workDir.resolve(name),
                "--spring.datasource.url=" + PostgresDatabase.url(schema),
                "--spring.flyway.schemas=" + schema,
                "--spring.jpa.properties.hibernate.default_schema=" + schema));
        arguments.addAll(List.of(extraArguments));
        return launch(schema + "-" + name, arguments);
    }

    /**
     * Starts an instance on the embedded default, its H2 database in {@code dataDir} (made and filled with the
     * reference story at the first start, as a new user's), and waits until it answers.
     */
    static TrackerProcess startEmbedded(String name, Path dataDir) throws IOException {
        return launch("embedded-" + name, List.of("--tracker.data-dir=" + dataDir));
    }

    private static TrackerProcess launch(String name, List<String> arguments) throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: integration tests run after 'package'");
        }
        int port = freePort();
        // Logs stay under target/ after the test's own folder is gone, for whoever reads a failed build.
        Path log = Files.createDirectories(Path.of("target", "it-logs")).resolve(name + ".log");
        // 1 GiB as operators are told (docs/operations.md), unless -Dit.heap says otherwise; -Dit.engine chooses the
        // event engine (KillDuringImportIT was run in 384 MiB with each). The settlement of gaps logs what it drops.
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + System.getProperty("it.heap", "1g"),
                "-jar", JAR.toAbsolutePath().toString(),
                "--logging.level.com.negotiationtracker.config.storage.PostgresGapSettlement=debug",
                "--server.port=" + port,
                "--axon.axonserver.enabled=false"));
        if (System.getProperty("it.engine") != null) {
            command.add("--tracker.event-store.engine=" + System.getProperty("it.engine"));
        }
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        // as a deployment would: the users from the environment (the postgres profile refuses to start without)
        builder.environment().put("TRACKER_USERS", TestUsers.setting());
        Process process = builder
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        TrackerProcess tracker = new TrackerProcess(process, port, log);
        tracker.awaitHealthy();
        return tracker;
    }

    TrackerApi api() {
        return new TrackerApi(port);
    }

    /** SIGKILL: no shutdown hook runs, no transaction is finished. */
    void kill() {
        process.destroyForcibly();
        await().atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());
    }

    private void awaitHealthy() {
        try {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the instance stopped while starting:\n" + tail());
                }
                try {
                    return api().get("/actuator/health").status() == 200;
                } catch (IllegalStateException notListeningYet) {
                    return false;
                }
            });
        } catch (RuntimeException failure) {
            process.destroyForcibly();
            throw failure;
        }
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
