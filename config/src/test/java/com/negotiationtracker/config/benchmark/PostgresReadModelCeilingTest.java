package com.negotiationtracker.config.benchmark;

import com.negotiationtracker.config.TrackerApplication;
import com.negotiationtracker.config.support.PostgresSchema;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The ceiling's contract on PostgreSQL, in a schema of its own created by the Flyway migrations. */
@SpringBootTest(classes = TrackerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "tracker.reference-story.load-into-empty-store=false")
@ActiveProfiles("postgres")
class PostgresReadModelCeilingTest extends ReadModelCeilingContract {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        PostgresSchema.register(registry);
    }
}
