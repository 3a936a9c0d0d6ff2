package com.negotiationtracker.config.security;

import com.negotiationtracker.config.TrackerApplication;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;

/** The access-control contract on the embedded default: an H2 file database. */
// closed after the class, before its data directory is deleted: a running tracker would still be writing to it
@DirtiesContext
@SpringBootTest(classes = TrackerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "tracker.reference-story.load-into-empty-store=false")
class EmbeddedAccessControlTest extends AccessControlContract {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("tracker.data-dir", dataDir::toString);
    }
}
