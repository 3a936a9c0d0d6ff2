package com.negotiationtracker.config.benchmark;

import com.negotiationtracker.config.support.TrackerOnTemporaryFolder;
import org.springframework.boot.test.context.SpringBootTest;

/** The ceiling's contract on the embedded default: an H2 file database. */
@TrackerOnTemporaryFolder(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "tracker.reference-story.load-into-empty-store=false")
class EmbeddedReadModelCeilingTest extends ReadModelCeilingContract {
}
