package com.negotiationtracker.config.production;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * The machine's PostgreSQL cluster, stopped and started as an operator (or a crash) would. Tests that stop it must
 * start it again in a finally block: everything after them needs it.
 */
final class PostgresServer {

    private PostgresServer() {
    }

    static void stop() {
        cluster("stop -m fast");
        await().atMost(Duration.ofSeconds(60)).until(() -> !isReady());
    }

    static void start() {
        cluster("start");
        await().atMost(Duration.ofSeconds(60)).until(PostgresServer::isReady);
    }

    static boolean isReady() {
        return run("pg_isready -h 127.0.0.1 -p 5432 -q") == 0;
    }

    private static void cluster(String action) {
        int exit = run("pg_ctlcluster --skip-systemctl-redirect \"$(ls /etc/postgresql | head -n 1)\" main " + action);
        if (exit != 0) {
            throw new IllegalStateException("pg_ctlcluster " + action + " exited with " + exit);
        }
    }

    private static int run(String command) {
        try {
            Process process = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish: " + output);
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException(command + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
