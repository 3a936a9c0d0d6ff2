package com.negotiationtracker.config.production;

import com.negotiationtracker.config.support.Dossiers;
import com.negotiationtracker.config.support.ReferenceDossier;
import com.negotiationtracker.config.support.TrackerApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application processes on one PostgreSQL database, as a team runs them: writes interleaved across both, all
 * to the same negotiation track, and both answer the same state with every fact projected once.
 */
class TwoInstancesIT {

    private static final int LATER_REPORTS = 30;

    @TempDir
    Path work;

    @Test
    void two_instances_split_the_work_lose_no_write_and_answer_the_same() throws Exception {
        String schema = PostgresDatabase.freshSchema();
        try (TrackerProcess first = TrackerProcess.start("first", schema, work, "--tracker.processors.max-claimed-segments=2");
             TrackerProcess second = TrackerProcess.start("second", schema, work, "--tracker.processors.max-claimed-segments=2")) {
            assertThat(first.api().postDossier(ReferenceDossier.yaml(), "application/yaml").status()).isEqualTo(201);

            List<TrackerApi.Response> answers = interleavedReports(first.api(), second.api());

            assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(201));
            int expected = ReferenceDossier.factCount() + LATER_REPORTS;
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    first.api().timeline().size() == expected && second.api().timeline().size() == expected);
            List<JsonNode> seenByFirst = first.api().timeline();
            assertThat(seenByFirst).isEqualTo(second.api().timeline());
            assertThat(seenByFirst.stream().map(entry -> entry.path("factId").asString()).distinct())
                    .hasSize(expected);
            assertThat(segmentOwners(PostgresDatabase.jdbc(schema)))
                    .as("both instances hold segments of the timeline processor")
                    .hasSize(2);
            // each instance tells where the whole of every processor stands, the other's segments included
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertEveryProcessorAtTheHead(first.api());
                assertEveryProcessorAtTheHead(second.api());
            });
        }
    }

    /** Later reports about the us-ukraine track, sent four at a time, alternating between the two instances. */
    private static List<TrackerApi.Response> interleavedReports(TrackerApi first, TrackerApi second) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<TrackerApi.Response>> sent = new ArrayList<>();
            for (int i = 0; i < LATER_REPORTS; i++) {
                TrackerApi instance = i % 2 == 0 ? first : second;
                String report = "report-" + i;
                String dossier = Dossiers.laterReport(report, Dossiers.statement("later-statement-" + i, report));
                sent.add(clients.submit(() -> Clients.postRetrying(instance, dossier)));
            }
            List<TrackerApi.Response> answers = new ArrayList<>();
            for (Future<TrackerApi.Response> answer : sent) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            clients.shutdownNow();
        }
    }

    private static void assertEveryProcessorAtTheHead(TrackerApi instance) {
        JsonNode progress = instance.get("/api/admin/replay").json();
        List<JsonNode> processors = new ArrayList<>();
        progress.path("processors").forEach(processors::add);
        progress.path("skipped").forEach(processors::add);
        assertThat(processors).extracting(processor -> processor.path("name").asString())
                .contains("timeline", "state", "audit-chain");
        assertThat(processors).allSatisfy(processor -> {
            assertThat(processor.path("caughtUp").asBoolean()).as(processor.toString()).isTrue();
            assertThat(processor.path("position").asLong()).as(processor.toString())
                    .isEqualTo(processor.path("head").asLong());
        });
        assertThat(processors).filteredOn(processor -> processor.path("name").asString().equals("timeline"))
                .singleElement().satisfies(timeline -> {
                    assertThat(timeline.path("segments").asInt()).isEqualTo(4);
                    assertThat(timeline.path("claimedHere").asInt()).as("the other two are the other's").isEqualTo(2);
                });
    }

    private static List<String> segmentOwners(JdbcTemplate jdbc) {
        return jdbc.queryForList("select distinct owner from token_entry where processor_name = 'timeline'"
                + " and owner is not null", String.class);
    }
}
