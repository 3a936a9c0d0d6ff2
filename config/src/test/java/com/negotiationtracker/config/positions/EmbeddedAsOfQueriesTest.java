package com.negotiationtracker.config.positions;

import com.negotiationtracker.config.TrackerApplication;
import com.negotiationtracker.config.support.TrackerApi;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;

/** The as-of questions on the embedded default: an H2 file database that loads the reference story at start. */
// closed after the class, so that its H2 file (which its processors still write) closes before JUnit deletes it
@DirtiesContext
@SpringBootTest(classes = TrackerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedAsOfQueriesTest extends AsOfQueriesContract {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("tracker.data-dir", dataDir::toString);
    }

    @Override
    void referenceStoryRecorded(TrackerApi api) {
        // the application loads it into the empty store at start
    }
}
