package com.negotiationtracker.config.positions;

import com.negotiationtracker.config.support.Dossiers;
import com.negotiationtracker.config.support.ReferenceDossier;
import com.negotiationtracker.config.support.TrackerApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The read models' as-of questions over real HTTP on a real database, on the reference story: positions at a valid
 * time as the record stood at a record time, the actor directory, and the timeline filtered and paged. Each store
 * (H2, PostgreSQL) runs the same contract.
 */
abstract class AsOfQueriesContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LONG_AGO = "2000-01-01";

    @LocalServerPort
    int port;

    TrackerApi api;

    /** Brings the reference story into the store: loaded at start, or posted. */
    abstract void referenceStoryRecorded(TrackerApi api);

    @BeforeEach
    void referenceStoryProjected() {
        api = new TrackerApi(port);
        referenceStoryRecorded(api);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                total("/api/timeline", Map.of()) >= ReferenceDossier.factCount()
                        && total("/api/actors", Map.of()) == actorIds().size()
                        && total("/api/positions", Map.of("validAt", "2025-02-12")) == positionSubjects().size());
    }

    @Test
    void the_us_position_on_natos_membership_for_ukraine_is_unrealistic_from_12_february() {
        List<JsonNode> on12 = entries(get("/api/positions",
                Map.of("validAt", "2025-02-12", "party", "united-states", "issue", "nato-membership")));
        List<JsonNode> on11 = entries(get("/api/positions",
                Map.of("validAt", "2025-02-11", "party", "united-states", "issue", "nato-membership")));

        assertThat(on12).hasSize(1);
        JsonNode unrealistic = on12.get(0);
        assertThat(unrealistic.path("stance").asString())
                .isEqualTo(stanceInDossier("hegseth-nato-membership-unrealistic")).isEqualTo("unrealistic");
        assertThat(unrealistic.path("assertedBy").asString()).isEqualTo("hegseth");
        assertThat(unrealistic.path("source").path("reference").asString()).isEqualTo("seed-article");
        assertThat(unrealistic.path("validFrom").asString()).isEqualTo("2025-02-12T00:00:00Z");
        assertThat(unrealistic.path("validTo").isNull()).isTrue();
        assertThat(on11).isEmpty();
    }

    @Test
    void the_positions_matrix_holds_every_stance_of_the_story() {
        JsonNode matrix = get("/api/positions", Map.of("validAt", "2025-02-12", "knownAt", importedAt()));

        assertThat(entries(matrix).stream().map(p -> p.path("party").asString() + "/" + p.path("issue").asString()))
                .containsExactlyElementsOf(positionSubjects());
        assertThat(matrix.path("total").asLong()).isEqualTo(positionSubjects().size());
    }

    @Test
    void as_the_record_stood_before_the_import_there_were_no_positions_no_actors_and_no_facts() {
        JsonNode positions = get("/api/positions", Map.of("knownAt", LONG_AGO));
        JsonNode positionsOn12 = get("/api/positions", Map.of("validAt", "2025-02-12", "knownAt", LONG_AGO));
        JsonNode actors = get("/api/actors", Map.of("knownAt", LONG_AGO));
        JsonNode timeline = get("/api/timeline", Map.of("knownAt", LONG_AGO));

        assertThat(entries(positions)).isEmpty();
        assertThat(entries(positionsOn12)).isEmpty();
        assertThat(positionsOn12.path("total").asLong()).isZero();
        assertThat(entries(actors)).isEmpty();
        assertThat(actors.path("total").asLong()).isZero();
        assertThat(entries(timeline)).isEmpty();
        assertThat(get("/api/positions/united-states/nato-membership/history", Map.of("knownAt", LONG_AGO),
                "stances")).isEmpty();
        TrackerApi.Response hegseth = api.get("/api/actors/hegseth?knownAt=" + LONG_AGO);
        assertThat(hegseth.status()).isEqualTo(404);
        assertThat(hegseth.json().path("id").asString()).isEqualTo("hegseth");
    }

    @Test
    void the_actor_directory_knows_who_speaks_for_whom() {
        JsonNode directory = get("/api/actors", Map.of());
        Map<String, JsonNode> actors = entries(directory).stream()
                .collect(Collectors.toMap(actor -> actor.path("id").asString(), actor -> actor, (a, b) -> a,
                        LinkedHashMap::new));

        assertThat(actors.keySet()).containsExactlyElementsOf(actorIds().stream().sorted().toList());
        JsonNode hegseth = actors.get("hegseth");
        assertThat(hegseth.path("kind").asString()).isEqualTo("person");
        assertThat(texts(hegseth.path("roles"))).containsExactly("U.S. defense secretary");
        assertThat(texts(hegseth.path("speaksFor"))).containsExactly("united-states");
        assertThat(texts(actors.get("kremlin").path("speaksFor"))).containsExactly("russia", "putin");
        assertThat(texts(actors.get("russia").path("spokenForBy"))).contains("kremlin", "putin");
        assertThat(texts(actors.get("united-states").path("spokenForBy"))).contains("hegseth", "trump");
        assertThat(entries(get("/api/actors", Map.of("kind", "office"))).stream().map(a -> a.path("id").asString()))
                .containsExactly("kremlin", "zelenskiy-office");

        JsonNode kremlin = get("/api/actors/kremlin", Map.of());
        assertThat(kremlin.path("actor").path("name").asString()).isEqualTo("The Kremlin");
        assertThat(kremlin.path("history")).hasSize(1);
        TrackerApi.Response nobody = api.get("/api/actors/nobody-known");
        assertThat(nobody.status()).isEqualTo(404);
        assertThat(nobody.body()).contains("nobody-known");
    }

    @Test
    void the_timeline_as_of_11_february_holds_the_prisoner_swap_but_not_the_call_of_the_12th() {
        List<String> facts = factIds(entries(get("/api/timeline", Map.of("validAt", "2025-02-11"))));

        assertThat(facts).contains("us-russia-prisoner-swap", "no-leader-contact-since-invasion")
                .doesNotContain("trump-putin-call", "trump-zelenskiy-call");
    }

    @Test
    void timeline_pages_are_disjoint_and_cover_every_fact_of_the_story() {
        String importedAt = timelineImportedAt();
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonNode answer = get("/api/timeline", Map.of("knownAt", importedAt, "page", String.valueOf(page),
                    "size", "10"));
            assertThat(answer.path("total").asLong()).isEqualTo(ReferenceDossier.factCount());
            assertThat(answer.path("page").asInt()).isEqualTo(page);
            paged.addAll(factIds(entries(answer)));
        }

        assertThat(paged).doesNotHaveDuplicates().hasSize(ReferenceDossier.factCount())
                .containsExactlyInAnyOrderElementsOf(referenceFactIds());
        assertThat(entries(get("/api/timeline", Map.of("knownAt", importedAt, "page", "3", "size", "10"))))
                .isEmpty();
        assertThat(api.get("/api/timeline?size=1001").status()).isEqualTo(400);
    }

    @Test
    void a_stance_reported_later_with_an_older_valid_time_enters_the_history_from_the_moment_it_was_recorded() {
        String firstImport = importedAt();
        ObjectNode older = JSON.createObjectNode();
        older.put("id", "kyiv-nato-path-irreversible");
        older.put("kind", "position");
        older.put("track", "ukraine-peace");
        older.put("summary", "Kyiv said its path to NATO membership was irreversible (test report).");
        older.put("validTime", "2024-07-11");
        older.putObject("provenance").put("assertedBy", "ukraine").put("source", "older-stance-report-source");
        older.put("party", "ukraine");
        older.put("issue", "nato-membership");
        older.put("stance", "irreversible path to membership");
        TrackerApi.Response posted = api.postDossier(Dossiers.laterReport("older-stance-report", older),
                "application/json");
        assertThat(posted.status()).as(posted.body()).isIn(200, 201);
        Map<String, String> ukraineOnNato = Map.of("party", "ukraine", "issue", "nato-membership");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                entries(get("/api/positions", with(ukraineOnNato, "validAt", "2024-08"))).size() == 1);

        assertThat(stances(get("/api/positions", with(ukraineOnNato, "validAt", "2024-08"))))
                .containsExactly("irreversible path to membership");
        assertThat(stances(get("/api/positions", with(with(ukraineOnNato, "validAt", "2024-08"), "knownAt",
                firstImport)))).as("the record of the first import knew nothing of it").isEmpty();
        assertThat(stances(get("/api/positions", with(ukraineOnNato, "validAt", "2025-02-12"))))
                .containsExactly("may not be imminent");
        assertThat(stances(get("/api/positions/ukraine/nato-membership/history", Map.of(), "stances")))
                .containsExactly("irreversible path to membership", "may not be imminent");
        assertThat(stances(get("/api/positions/ukraine/nato-membership/history", Map.of("knownAt", firstImport),
                "stances"))).containsExactly("may not be imminent");
    }

    // --- the reference dossier ---

    private static List<String> referenceFactIds() {
        return StreamSupport.stream(ReferenceDossier.tree().path("facts").spliterator(), false)
                .map(fact -> fact.path("id").asString()).toList();
    }

    private static Set<String> actorIds() {
        return StreamSupport.stream(ReferenceDossier.tree().path("actors").spliterator(), false)
                .map(actor -> actor.path("id").asString()).collect(Collectors.toSet());
    }

    /** "party/issue" of every position in the dossier, in the matrix's order (party, then issue). */
    private static List<String> positionSubjects() {
        return StreamSupport.stream(ReferenceDossier.tree().path("facts").spliterator(), false)
                .filter(fact -> fact.path("kind").asString().equals("position"))
                .map(fact -> fact.path("party").asString() + "/" + fact.path("issue").asString())
                .distinct().sorted().toList();
    }

    private static String stanceInDossier(String factId) {
        return StreamSupport.stream(ReferenceDossier.tree().path("facts").spliterator(), false)
                .filter(fact -> fact.path("id").asString().equals(factId))
                .findFirst().orElseThrow().path("stance").asString();
    }

    // --- what the store recorded when ---

    /** When the record came to hold the reference story's positions: the latest record time among them. */
    private String importedAt() {
        return entries(get("/api/positions", Map.of("validAt", "2025-02-12"))).stream()
                .map(position -> Instant.parse(position.path("recordedFrom").asString()))
                .max(Instant::compareTo).orElseThrow().toString();
    }

    /** When the record came to hold the last of the reference story's facts. */
    private String timelineImportedAt() {
        Set<String> story = Set.copyOf(referenceFactIds());
        return entries(get("/api/timeline", Map.of("size", "1000"))).stream()
                .filter(entry -> story.contains(entry.path("factId").asString()))
                .map(entry -> Instant.parse(entry.path("recordedAt").asString()))
                .max(Instant::compareTo).orElseThrow().toString();
    }

    // --- talking to the API ---

    private JsonNode get(String path, Map<String, String> parameters) {
        String query = parameters.entrySet().stream()
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        TrackerApi.Response response = api.get(query.isEmpty() ? path : path + "?" + query);
        if (response.status() != 200) {
            throw new AssertionError("GET " + path + "?" + query + " answered " + response.status() + ": "
                    + response.body());
        }
        return response.json();
    }

    private List<JsonNode> get(String path, Map<String, String> parameters, String list) {
        return StreamSupport.stream(get(path, parameters).path(list).spliterator(), false).toList();
    }

    private long total(String path, Map<String, String> parameters) {
        TrackerApi.Response response = api.get(path + (parameters.isEmpty() ? "" : "?" + parameters.entrySet()
                .stream().map(p -> p.getKey() + "=" + p.getValue()).collect(Collectors.joining("&"))));
        return response.status() == 200 ? response.json().path("total").asLong() : -1;
    }

    private static List<JsonNode> entries(JsonNode page) {
        return StreamSupport.stream(page.path("entries").spliterator(), false).toList();
    }

    private static List<String> factIds(List<JsonNode> entries) {
        return entries.stream().map(entry -> entry.path("factId").asString()).toList();
    }

    private static List<String> stances(JsonNode page) {
        return stances(entries(page));
    }

    private static List<String> stances(List<JsonNode> positions) {
        return positions.stream().map(position -> position.path("stance").asString()).toList();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }

    private static Map<String, String> with(Map<String, String> parameters, String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(parameters);
        more.put(name, value);
        return more;
    }
}
