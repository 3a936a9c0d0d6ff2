package com.negotiationtracker.config.production;

import com.negotiationtracker.config.support.Dossiers;
import com.negotiationtracker.config.support.ReferenceDossier;
import com.negotiationtracker.config.support.TrackerApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SIGKILL in the middle of a large dossier import: after a restart the import either fully happened or not at
 * all, nothing is duplicated, and the read models catch up. The global indexes the killed import had taken never
 * fill: no processor's token keeps them as gaps once the server shows the import's transaction has ended (Axon alone
 * would keep them until the ten-minute gap timeout, in the token of every event read meanwhile).
 */
class KillDuringImportIT {

    private static final int FACTS = 4000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path work;

    @Test
    void a_killed_import_is_all_or_nothing_and_can_be_sent_again() throws Exception {
        String schema = PostgresDatabase.freshSchema();
        JdbcTemplate jdbc;
        long before;
        String large = largeDossier();
        try (TrackerProcess victim = TrackerProcess.start("victim", schema, work)) {
            assertThat(victim.api().postDossier(ReferenceDossier.yaml(), "application/yaml").status()).isEqualTo(201);
            jdbc = PostgresDatabase.jdbc(schema);
            before = events(jdbc);
            long sequenceBefore = globalSequence(jdbc);

            CompletableFuture<TrackerApi.Response> importing =
                    CompletableFuture.supplyAsync(() -> victim.api().postDossier(large, "application/json"));
            // The import's events are inserted when its transaction commits: kill while that is under way.
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20))
                    .until(() -> globalSequence(jdbc) > sequenceBefore + FACTS / 4 || importing.isDone());
            assertThat(importing).as("the import was still running when the process was killed").isNotDone();
            victim.kill();
        }

        long afterKill = events(jdbc);
        assertThat(afterKill).as("all or nothing").isIn(before, before + FACTS);

        try (TrackerProcess restarted = TrackerProcess.start("restarted", schema, work)) {
            TrackerApi api = restarted.api();
            int projected = (int) (ReferenceDossier.factCount() + (afterKill - before));
            await().atMost(Duration.ofSeconds(120)).until(() -> total(api) == projected);

            TrackerApi.Response again = api.postDossier(large, "application/json");
            assertThat(again.status()).isEqualTo(afterKill == before ? 201 : 200);
            assertThat(events(jdbc)).isEqualTo(before + FACTS);
            await().atMost(Duration.ofSeconds(120))
                    .until(() -> total(api) == ReferenceDossier.factCount() + FACTS);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(tokensWithGaps(jdbc))
                    .as("processors' tokens that still carry indexes as gaps").isEmpty());
        }
    }

    /** Each stored token that has gaps: its processor and segment, how many gaps and the first. */
    private static List<String> tokensWithGaps(JdbcTemplate jdbc) {
        return jdbc.query("select processor_name, segment, convert_from(token, 'UTF8') as token from token_entry"
                        + " where token is not null", (row, number) -> {
                    JsonNode gaps = JSON.readTree(row.getString("token")).path("gaps");
                    return gaps.isEmpty() ? null : row.getString("processor_name") + "/" + row.getInt("segment")
                            + ": " + gaps.size() + " gaps from " + gaps.get(0);
                }).stream().filter(Objects::nonNull).toList();
    }

    private static String largeDossier() {
        JsonNode[] facts = IntStream.range(0, FACTS)
                .mapToObj(i -> Dossiers.statement("bulk-statement-" + i, "bulk-report"))
                .toArray(JsonNode[]::new);
        return Dossiers.laterReport("bulk-report", facts);
    }

    private static int total(TrackerApi api) {
        TrackerApi.Response page = api.get("/api/timeline?size=1");
        if (page.status() != 200) {
            return -1;
        }
        JsonNode json = page.json();
        if (json.has("total")) {
            return json.path("total").asInt();
        }
        return api.timeline().size();
    }

    private static long events(JdbcTemplate jdbc) {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    private static long globalSequence(JdbcTemplate jdbc) {
        Long value = jdbc.queryForObject("select last_value from domain_event_entry_seq", Long.class);
        return value == null ? 0 : value;
    }
}
