package com.negotiationtracker.config.live;

import com.negotiationtracker.config.TrackerApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;

import static com.negotiationtracker.config.live.LiveUpdatesContract.PATIENCE;
import static org.awaitility.Awaitility.await;

/** {@code GET /api/live} on the embedded default, over real HTTP: a client hears the facts recorded after it came. */
// closed after the class, so that its H2 file (which its processors still write) closes before JUnit deletes it
@DirtiesContext
@SpringBootTest(classes = TrackerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tracker.reference-story.load-into-empty-store=false", "tracker.live.heartbeat=PT0.5S"})
class EmbeddedLiveUpdatesTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("tracker.data-dir", dataDir::toString);
    }

    @LocalServerPort
    int port;

    @Test
    void a_client_hears_every_fact_of_a_dossier_posted_after_it_connected() {
        try (LiveClient client = LiveUpdatesContract.connect(port)) {

            LiveUpdatesContract.postReferenceDossier(port);

            LiveUpdatesContract.heardTheReferenceStory(client, port);
        }
    }

    @Test
    void a_quiet_store_sends_heartbeats() {
        try (LiveClient client = LiveUpdatesContract.connect(port)) {

            await().atMost(PATIENCE).until(() -> client.comments().contains(":heartbeat"));
        }
    }
}
