package com.negotiationtracker.config.live;

import com.negotiationtracker.config.support.TrackerOnTemporaryFolder;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.negotiationtracker.config.live.LiveUpdatesContract.PATIENCE;
import static org.awaitility.Awaitility.await;

/** {@code GET /api/live} on the embedded default, over real HTTP: a client hears the facts recorded after it came. */
@TrackerOnTemporaryFolder(properties = {"tracker.reference-story.load-into-empty-store=false", "tracker.live.heartbeat=PT0.5S"})
class EmbeddedLiveUpdatesTest {

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
