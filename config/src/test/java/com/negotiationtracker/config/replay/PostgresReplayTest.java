package com.negotiationtracker.config.replay;

import com.negotiationtracker.config.TrackerApplication;
import com.negotiationtracker.config.support.Dossiers;
import com.negotiationtracker.config.support.PostgresSchema;
import com.negotiationtracker.config.support.ReferenceDossier;
import com.negotiationtracker.config.support.TrackerApi;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The replay contract on PostgreSQL, in a schema of its own: the reference dossier and a later report, posted through
 * the API.
 */
@SpringBootTest(classes = {TrackerApplication.class, HandledEvents.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
class PostgresReplayTest extends ReplayContract {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        PostgresSchema.register(registry);
    }

    @BeforeEach
    void storyRecorded() {
        TrackerApi api = new TrackerApi(port);
        api.importReferenceStory();
        TrackerApi.Response later = api.postDossier(
                Dossiers.laterReport("report-replay", Dossiers.statement("trump-expects-meeting", "report-replay")),
                "application/json");
        assertThat(later.status()).as(later.body()).isIn(200, 201);
    }

    @Override
    int facts() {
        return ReferenceDossier.factCount() + 1;
    }
}
