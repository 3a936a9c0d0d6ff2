package com.negotiationtracker.config.dossier;

import com.negotiationtracker.config.support.Dossiers;
import com.negotiationtracker.config.support.EventStoreRows;
import com.negotiationtracker.config.support.ReferenceDossier;
import com.negotiationtracker.config.support.TrackerApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;

import static com.negotiationtracker.config.support.Dossiers.fact;
import static com.negotiationtracker.config.support.TimelineEntries.assertedBy;
import static com.negotiationtracker.config.support.TimelineEntries.only;
import static com.negotiationtracker.config.support.TimelineEntries.validTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Importing dossiers through the API, on a real database: idempotent, all-or-nothing, with errors that name the
 * entry and field. Each store (H2, PostgreSQL) runs the same contract.
 */
abstract class DossierImportContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    TrackerApi api;
    EventStoreRows events;

    @BeforeEach
    void referenceStoryImported() {
        api = new TrackerApi(port);
        events = new EventStoreRows(jdbc);
        api.importReferenceStory();
    }

    @Test
    void the_reference_dossier_is_recorded_once_whatever_its_notation() {
        long recorded = events.count();

        TrackerApi.Response yamlAgain = api.postDossier(ReferenceDossier.yaml(), "application/yaml");
        TrackerApi.Response jsonAgain = api.postDossier(ReferenceDossier.json(), "application/json");

        assertThat(yamlAgain.status()).isEqualTo(200);
        assertThat(yamlAgain.json().path("recordedNothing").asBoolean()).isTrue();
        assertThat(jsonAgain.status()).isEqualTo(200);
        assertThat(events.count()).isEqualTo(recorded);
    }

    @Test
    void the_timeline_tells_the_reference_story() {
        await().atMost(Duration.ofSeconds(30)).until(() -> api.timeline().size() >= ReferenceDossier.factCount());

        var timeline = api.timeline();
        JsonNode call = only(timeline, "call", "trump", "putin");
        assertThat(validTime(call)).isEqualTo("2025-02-12");
        assertThat(assertedBy(call)).isEqualTo("kremlin");
        assertThat(validTime(only(timeline, "prisoner-swap"))).isEqualTo("2025-02-11");
    }

    @Test
    void a_report_about_a_fact_of_the_same_dossier_is_decided_on_that_fact() {
        // the fact is not in the event table yet while the dossier is recorded: the track reads it back from the
        // events staged by the import
        ObjectNode dossier = (ObjectNode) JSON.readTree(Dossiers.laterReport("report-c",
                Dossiers.statement("trump-expects-meeting-c", "report-c")));
        ObjectNode correction = dossier.putArray("reports").addObject();
        correction.put("id", "report-c-corrects").put("kind", "correction").put("track", "us-ukraine")
                .put("claim", "trump-expects-meeting-c").put("field", "summary")
                .put("value", "Trump said he would meet Zelenskiy next week.");
        correction.putObject("provenance").put("assertedBy", "trump").put("source", "report-c-source");

        TrackerApi.Response response = api.postDossier(dossier.toString(), "application/json");

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().path("reportsRecorded").asInt()).isEqualTo(1);
        String corrected = new String(jdbc.queryForObject("select payload from domain_event_entry"
                + " where payload_type like '%.ClaimCorrected'", byte[].class), StandardCharsets.UTF_8);
        assertThat(corrected).contains("Trump said he would meet Zelenskiy soon.")
                .contains("Trump said he would meet Zelenskiy next week.");
    }

    @Test
    void a_new_dossier_records_its_facts_and_says_so() {
        long before = events.count();

        TrackerApi.Response response = api.postDossier(
                Dossiers.laterReport("report-a", Dossiers.statement("trump-expects-meeting-a", "report-a")),
                "application/json");

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().path("factsRecorded").asInt()).isEqualTo(1);
        assertThat(events.count()).isEqualTo(before + 1);
    }

    @Test
    void a_fact_naming_an_unknown_actor_is_rejected_whole() {
        assertRejected(dossier -> ((ObjectNode) fact(dossier, 0).path("provenance")).put("assertedBy", "nobody-known"),
                "facts[0]", "assertedBy");
    }

    @Test
    void a_fact_without_provenance_is_rejected_whole() {
        assertRejected(dossier -> fact(dossier, 1).remove("provenance"), "facts[1]", "provenance");
    }

    @Test
    void a_relative_date_is_rejected_whole() {
        assertRejected(dossier -> fact(dossier, 2).put("validTime", "Tuesday"), "facts[2]", "validTime");
    }

    @Test
    void an_impossible_date_is_rejected_whole() {
        assertRejected(dossier -> fact(dossier, 2).put("validTime", "2025-02-30"), "facts[2]", "validTime");
    }

    @Test
    void an_unknown_fact_kind_is_rejected_whole() {
        assertRejected(dossier -> fact(dossier, 3).put("kind", "telepathy"), "facts[3]", "kind");
    }

    @Test
    void a_known_fact_id_with_other_content_is_rejected_and_nothing_of_its_dossier_is_recorded() {
        ObjectNode altered = fact((ObjectNode) ReferenceDossier.tree(), 0);
        altered.put("summary", "Trump and Putin spoke for five minutes.");
        ((ObjectNode) altered.path("provenance")).put("source", "report-b-source");
        String conflicting = Dossiers.laterReport("report-b",
                Dossiers.statement("trump-expects-meeting-b", "report-b"), altered);
        long before = events.count();

        TrackerApi.Response response = api.postDossier(conflicting, "application/json");

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(errorsOf(response)).contains("facts[1]").contains(altered.path("id").asString());
        assertThat(events.count()).as("the new fact before the conflict is not recorded either").isEqualTo(before);
    }

    @Test
    void malformed_yaml_is_rejected_with_its_position() {
        long before = events.count();

        TrackerApi.Response response = api.postDossier("id: broken\nfacts: [\n  - {", "application/yaml");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body()).contains("line");
        assertThat(events.count()).isEqualTo(before);
    }

    private void assertRejected(Consumer<ObjectNode> change, String entry, String field) {
        long before = events.count();
        String dossier = Dossiers.referenceWith(change.andThen(d -> d.put("id", "altered-reference")));

        TrackerApi.Response response = api.postDossier(dossier, "application/json");

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        String errors = errorsOf(response);
        assertThat(errors).contains(entry).contains(field);
        assertThat(events.count()).isEqualTo(before);
    }

    private static String errorsOf(TrackerApi.Response response) {
        return response.json().path("errors").toString();
    }
}
