package com.negotiationtracker.config.axonserver;

import com.negotiationtracker.config.TrackerApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The 'axonserver' profile without a reachable server: a prompt stop with a message, not a hang. */
class AxonServerProfileTest {

    @TempDir
    Path dataDir;

    @Test
    void without_a_reachable_axon_server_the_application_stops_with_a_clear_message() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        long started = System.nanoTime();

        assertThatThrownBy(() -> new SpringApplicationBuilder(TrackerApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("axonserver")
                .run("--tracker.data-dir=" + dataDir, "--axon.axonserver.servers=127.0.0.1:" + closedPort,
                        "--tracker.axonserver.connect-timeout=2s"))
                .isInstanceOf(AxonServerPreflight.AxonServerUnreachable.class)
                .hasMessageContaining("127.0.0.1:" + closedPort)
                .hasMessageContaining("Start Axon Server");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    }
}
