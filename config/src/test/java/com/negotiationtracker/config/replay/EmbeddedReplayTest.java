package com.negotiationtracker.config.replay;

import com.negotiationtracker.config.TrackerApplication;
import com.negotiationtracker.config.support.ReferenceDossier;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;

/** The replay contract on the embedded default: an H2 file database, the reference story loaded at start. */
// closed after the class, so that its H2 file (which its processors still write) closes before JUnit deletes it
@DirtiesContext
@SpringBootTest(classes = {TrackerApplication.class, HandledEvents.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedReplayTest extends ReplayContract {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("tracker.data-dir", dataDir::toString);
    }

    @Override
    int facts() {
        return ReferenceDossier.factCount();
    }
}
