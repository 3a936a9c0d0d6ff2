package com.negotiationtracker.config.production;

import com.negotiationtracker.config.support.Dossiers;
import com.negotiationtracker.config.support.ReferenceDossier;
import com.negotiationtracker.config.support.TrackerApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL stopped and started again under a running instance: clear errors while it is down, full recovery
 * after, nothing lost.
 */
class PostgresRestartIT {

    @TempDir
    Path work;

    @Test
    void the_application_answers_clearly_while_the_database_is_down_and_recovers_after() throws Exception {
        String schema = PostgresDatabase.freshSchema();
        try (TrackerProcess tracker = TrackerProcess.start("survivor", schema, work)) {
            TrackerApi api = tracker.api();
            assertThat(api.postDossier(ReferenceDossier.yaml(), "application/yaml").status()).isEqualTo(201);
            await().atMost(Duration.ofSeconds(60)).until(() -> api.timeline().size() == ReferenceDossier.factCount());
            long recordedBefore = events(schema);
            String report = Dossiers.laterReport("written-during-outage",
                    Dossiers.statement("statement-during-outage", "written-during-outage"));

            TrackerApi.Response duringOutage;
            try {
                PostgresServer.stop();
                duringOutage = api.postDossier(report, "application/json");
            } finally {
                PostgresServer.start();
            }

            assertThat(duringOutage.status()).as(duringOutage.body()).isEqualTo(503);
            assertThat(duringOutage.json().path("detail").asString()).contains("unavailable");
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> api.postDossier(report, "application/json").status() == 201);
            await().atMost(Duration.ofSeconds(90))
                    .until(() -> api.timeline().size() == ReferenceDossier.factCount() + 1);
            assertThat(events(schema)).isEqualTo(recordedBefore + 1);
        }
    }

    private static long events(String schema) {
        Long count = PostgresDatabase.jdbc(schema).queryForObject("select count(*) from domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }
}
