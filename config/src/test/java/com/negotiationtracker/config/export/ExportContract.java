package com.negotiationtracker.config.export;

import com.negotiationtracker.config.support.ReferenceDossier;
import com.negotiationtracker.config.support.TestUsers;
import com.negotiationtracker.config.support.TrackerApi;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The exports in the field's formats, end to end over HTTP on a real database: the reference story, recorded through
 * the API, comes back as PLOVER JSON Lines with CAMEO codes and as the timeline in CSV, and each export is parsed back.
 * Each store (H2, PostgreSQL) runs the same contract.
 */
abstract class ExportContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    TrackerApi api;

    @BeforeEach
    void referenceStoryRecorded() {
        api = new TrackerApi(port);
        api.importReferenceStory();
        await().atMost(Duration.ofSeconds(30)).until(() -> api.timeline().size() == ReferenceDossier.factCount());
    }

    @Test
    void the_events_export_is_one_plover_record_a_fact() {
        HttpResponse<String> response = get("/api/export/events.jsonl");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("attachment").contains("events.jsonl"));
        List<JsonNode> events = response.body().lines().map(JSON::readTree).toList();

        assertThat(events).hasSize(ReferenceDossier.factCount());
        assertThat(events.stream().map(event -> event.path("id").asString()).distinct()).hasSize(events.size());
        assertThat(events).extracting(event -> event.path("global_index").asLong()).isSorted();
        for (JsonNode event : events) {
            assertThat(event.path("date").asString()).as(event.toString()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(event.path("actor").isArray() && !event.path("actor").isEmpty()).as(event.toString()).isTrue();
            assertThat(event.path("event").isArray()).as(event.toString()).isTrue();
            assertThat(event.path("text").asString()).as(event.toString()).isNotBlank();
            assertThat(event.path("cite_info").has("publication")).isTrue();
            assertThat(event.path("cite_info").has("url")).isTrue();
            assertThat(event.path("cite_info").has("title")).isTrue();
            assertThat(event.path("cite_info").path("citation").asString()).isEqualTo("seed-article");
        }

        JsonNode call = only(events, "call", "trump", "putin");
        assertThat(call.path("cameo").asString()).isEqualTo("041");
        assertThat(call.path("event").get(0).asString()).isEqualTo("CONSULT");
        assertThat(call.path("mode").get(0).asString()).isEqualTo("phone");
        assertThat(call.path("date").asString()).isEqualTo("2025-02-12");
        assertThat(call.path("asserted_by").asString()).isEqualTo("kremlin");
        assertThat(names(call.path("actor"), "identifier_text")).contains("Trump", "Putin");

        JsonNode swap = only(events, "prisoner-swap");
        assertThat(swap.path("cameo").asString()).isEqualTo("0841");
        assertThat(swap.path("event").get(0).asString()).isEqualTo("RETREAT");
        assertThat(swap.path("date").asString()).isEqualTo("2025-02-11");

        JsonNode invitation = only(events, "invitation-issued");
        assertThat(invitation.path("cameo").asString()).isEqualTo("036");
        assertThat(names(invitation.path("actor"), "identifier_id")).containsExactly("putin");
        assertThat(names(invitation.path("recipient"), "identifier_id")).containsExactly("trump");

        JsonNode territory = events.stream().filter(event -> "moscow-demands-territorial-concessions"
                .equals(event.path("fact_id").asString())).findFirst().orElseThrow();
        assertThat(territory.path("event").get(0).asString()).isEqualTo("DEMAND");
        assertThat(territory.path("cameo").asString()).startsWith("10");

        JsonNode noContact = only(events, "contact-suspended");
        assertThat(noContact.path("date").asString()).isEqualTo("2022-02-01");
        assertThat(noContact.path("enddate").asString()).as("a month").isEqualTo("2022-02-28");
        assertThat(noContact.path("date_approximate").asBoolean()).isTrue();
    }

    @Test
    void the_timeline_export_is_the_timeline_in_csv() throws IOException {
        HttpResponse<String> response = get("/api/export/timeline.csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("attachment").contains("timeline.csv"));
        List<CSVRecord> records;
        try (CSVParser csv = CSVParser.builder().setReader(new StringReader(response.body()))
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            records = csv.getRecords();
        }

        assertThat(records).hasSize(ReferenceDossier.factCount());
        assertThat(records).extracting(record -> record.get("fact_id"))
                .as("the timeline's own order").containsExactlyElementsOf(
                        api.timeline().stream().map(entry -> entry.path("factId").asString()).toList());
        CSVRecord call = records.stream().filter(record -> record.get("fact_id").equals("trump-putin-call"))
                .findFirst().orElseThrow();
        assertThat(call.get("kind")).isEqualTo("call");
        assertThat(call.get("actors")).isEqualTo("trump;putin");
        assertThat(call.get("valid_time")).isEqualTo("2025-02-12");
        assertThat(call.get("asserted_by")).isEqualTo("kremlin");
        assertThat(JSON.readTree(call.get("details")).path("participants").size()).isEqualTo(2);
        CSVRecord zelenskiy = records.stream()
                .filter(record -> record.get("fact_id").equals("zelenskiy-meaningful-conversation"))
                .findFirst().orElseThrow();
        assertThat(zelenskiy.get("quote")).as("a quote with commas comes back whole")
                .startsWith("I had a meaningful conversation with @POTUS.").contains(", our readiness to");
        assertThat(zelenskiy.get("issues").split(";")).contains("peace", "technology");
        assertThat(records.get(0).get("fact_id")).as("valid time first: 2022").isEqualTo("no-leader-contact-since-invasion");
    }

    private static JsonNode only(List<JsonNode> events, String kind, String... actors) {
        List<JsonNode> matches = new ArrayList<>();
        for (JsonNode event : events) {
            if (kind.equals(event.path("kind").asString())
                    && names(event.path("actor"), "identifier_id").containsAll(Set.of(actors))) {
                matches.add(event);
            }
        }
        assertThat(matches).as(kind + " " + List.of(actors)).hasSize(1);
        return matches.get(0);
    }

    private static List<String> names(JsonNode actors, String field) {
        return StreamSupport.stream(actors.spliterator(), false).map(actor -> actor.path(field).asString())
                .collect(Collectors.toList());
    }

    private HttpResponse<String> get(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", TestUsers.AUDITOR.basicAuthorization()).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("the tracker did not answer " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
