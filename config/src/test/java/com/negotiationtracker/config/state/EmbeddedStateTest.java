package com.negotiationtracker.config.state;

import com.negotiationtracker.config.TrackerApplication;
import com.negotiationtracker.config.support.TrackerApi;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;

/** The state contract on the embedded default: an H2 file store that loads the reference story on its first start. */
// closed after the class, so that its H2 file (which its processors still write) closes before JUnit deletes it
@DirtiesContext
@SpringBootTest(classes = TrackerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedStateTest extends StateContract {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("tracker.data-dir", dataDir::toString);
    }

    @Override
    void referenceStoryRecorded(TrackerApi api) {
        // the application loaded it into the empty store on start
    }
}
