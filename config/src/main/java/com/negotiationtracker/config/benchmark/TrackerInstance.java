package com.negotiationtracker.config.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One instance of the tracker: the runnable jar started as its own process on the {@code postgres} profile, as an
 * operator starts it, on a port of its own. Several instances share one schema.
 */
final class TrackerInstance implements AutoCloseable {

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private TrackerInstance(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the jar with the given heap and application properties, and waits until its health endpoint answers.
     */
    static TrackerInstance start(String name, Path jar, String heap, List<String> properties, Path workDir,
                                 Duration limit) throws IOException, InterruptedException {
        int port = freePort();
        Path log = workDir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--tracker.data-dir=" + workDir.resolve(name)));
        command.addAll(properties);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        TrackerInstance instance = new TrackerInstance(name, process, port, log);
        try {
            instance.awaitHealthy(limit);
        } catch (RuntimeException | InterruptedException failed) {
            instance.close();
            throw failed;
        }
        return instance;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    private void awaitHealthy(Duration limit) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("instance " + name + " stopped while starting; see " + log);
            }
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(base().resolve("/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("instance " + name + " did not answer within " + limit + "; see " + log);
    }

    /** Asks the process to stop (SIGTERM), as an operator would, and forces it after 30 s. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** How many lines of the instance's log contain each of the given texts. */
    Map<String, Long> countInLog(List<String> texts) {
        Map<String, Long> counts = new LinkedHashMap<>();
        texts.forEach(text -> counts.put(text, 0L));
        try (Stream<String> lines = Files.lines(log)) {
            lines.forEach(line -> texts.forEach(text -> {
                if (line.contains(text)) {
                    counts.merge(text, 1L, Long::sum);
                }
            }));
        } catch (IOException | UncheckedIOException unreadable) {
            counts.put("(log unreadable: " + unreadable.getMessage() + ")", 0L);
        }
        return counts;
    }

    static boolean exists(Path jar) {
        return Files.isRegularFile(jar);
    }
}
