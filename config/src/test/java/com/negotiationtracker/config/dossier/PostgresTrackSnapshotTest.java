package com.negotiationtracker.config.dossier;

import com.negotiationtracker.config.TrackerApplication;
import com.negotiationtracker.config.support.PostgresSchema;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The snapshot contract on PostgreSQL, in a schema of its own created by the Flyway migrations. */
@SpringBootTest(classes = TrackerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tracker.snapshots.threshold=" + TrackSnapshotContract.THRESHOLD, "tracker.tracks.cache-size=0"})
@ActiveProfiles("postgres")
class PostgresTrackSnapshotTest extends TrackSnapshotContract {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        PostgresSchema.register(registry);
    }
}
