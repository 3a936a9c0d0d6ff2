package com.negotiationtracker.config.axonserver;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * With the {@code axonserver} profile, checks before anything starts that at least one configured Axon Server
 * answers. Axon's connector would otherwise keep retrying in the background while the application looks started
 * and every command hangs; an operator is better served by a stop with a message that says what to do.
 */
public class AxonServerPreflight implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("axon.axonserver.enabled", Boolean.class, false)) {
            return;
        }
        String servers = environment.getProperty("axon.axonserver.servers", "localhost:8124");
        Duration timeout = environment.getProperty("tracker.axonserver.connect-timeout", Duration.class,
                Duration.ofSeconds(10));
        List<String> refused = new ArrayList<>();
        for (String server : servers.split(",")) {
            String address = server.trim();
            if (reachable(address, timeout)) {
                return;
            }
            refused.add(address);
        }
        throw new AxonServerUnreachable("The 'axonserver' profile is on, but no Axon Server answered at " + refused
                + " within " + timeout.toSeconds() + " s. Start Axon Server or set AXON_SERVER_SERVERS to where it"
                + " runs; or start without the 'axonserver' profile to use the database as event store.");
    }

    private static boolean reachable(String address, Duration timeout) {
        int colon = address.lastIndexOf(':');
        String host = colon < 0 ? address : address.substring(0, colon);
        int port = colon < 0 ? 8124 : Integer.parseInt(address.substring(colon + 1));
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), (int) Math.max(1, timeout.toMillis()));
                return true;
            } catch (IOException notYet) {
                sleepQuietly();
            }
        } while (System.nanoTime() < deadline);
        return false;
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** No configured Axon Server answered: the application does not start. */
    public static class AxonServerUnreachable extends IllegalStateException {
        public AxonServerUnreachable(String message) {
            super(message);
        }
    }
}
