package com.negotiationtracker.config.dossier;

import com.negotiationtracker.config.TrackerApplication;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;

/** The import contract on the embedded default: an H2 file database. */
// closed after the class, so that its H2 file (which its processors still write) closes before JUnit deletes it
@DirtiesContext
@SpringBootTest(classes = TrackerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "tracker.reference-story.load-into-empty-store=false")
class EmbeddedDossierImportTest extends DossierImportContract {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("tracker.data-dir", dataDir::toString);
    }
}
