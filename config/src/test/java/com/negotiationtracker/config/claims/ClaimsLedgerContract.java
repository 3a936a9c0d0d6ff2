package com.negotiationtracker.config.claims;

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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The claims ledger end to end, over HTTP on a real database, as a new user would try it: the reference story, then
 * a second story written from other reporting that repeats, antedates and disputes its claims. Each store (H2,
 * PostgreSQL) runs the same contract. Also: a call stored in the event's first shape (before {@code CallHeld}
 * revision 2) still loads in its track and projects.
 */
abstract class ClaimsLedgerContract {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    TrackerApi api;

    @BeforeEach
    void referenceStoryImported() {
        api = new TrackerApi(port);
        api.importReferenceStory();
        await().atMost(Duration.ofSeconds(30)).until(() -> ledgerTotal() >= ReferenceDossier.factCount());
    }

    @Test
    void theReferenceStoryAnswersWhereEachClaimCameFrom() {
        JsonNode call = claim("us-russia/trump-putin-call");
        assertThat(call.path("assertedBy").asString()).isEqualTo("kremlin");
        assertThat(call.path("firstAppearance").path("provenance").path("assertedBy").asString()).isEqualTo("kremlin");
        // on 12 February 2025: the seed's date, or a Kremlin readout of that day another test of this class adds
        assertThat(call.path("firstAppearance").path("provenance").path("source").path("publishedAt").asString())
                .startsWith("2025-02-12");
        assertThat(call.path("status").asString()).isEqualTo("asserted");

        JsonNode duration = field(claim("us-ukraine/trump-zelenskiy-call"), "duration");
        assertThat(duration.path("value").path("value").asString()).isEqualTo("PT1H");
        assertThat(duration.path("from").path("assertedBy").asString()).isEqualTo("zelenskiy-office");

        JsonNode venue = field(claim("us-russia/third-country-venue-considered"), "venue");
        assertThat(venue.path("value").path("kind").asString()).isEqualTo("third-country");
        assertThat(venue.path("value").has("country")).as("the text names no country").isFalse();
        assertThat(venue.path("from").path("assertedBy").asString()).isEqualTo("russian-sources");

        JsonNode byKremlin = api.get("/api/claims?actor=kremlin&kind=call").json();
        assertThat(ids(byKremlin)).contains("us-russia/trump-putin-call")
                .doesNotContain("us-ukraine/trump-zelenskiy-call");
        assertThat(api.get("/api/claims/trump-putin-call").json().path("id").asString())
                .isEqualTo("us-russia/trump-putin-call");
    }

    @Test
    void aLaterOutletRepeatingAClaimAddsAnAppearanceAndKeepsTheFirst() {
        JsonNode before = claim("us-russia/trump-putin-call");
        int appearances = before.path("appearances").size();
        post(laterStory("later-wire", "2025-02-13", "Example Wire", report("later-wire-repeats-call", "appearance",
                "us-russia", "trump-putin-call", "kremlin", "later-wire")));

        await().atMost(Duration.ofSeconds(30)).until(() -> claim("us-russia/trump-putin-call")
                .path("appearances").size() == appearances + 1);
        JsonNode call = claim("us-russia/trump-putin-call");
        assertThat(call.path("firstAppearance")).isEqualTo(before.path("firstAppearance"));
        JsonNode last = call.path("appearances").get(appearances);
        assertThat(last.path("reportId").asString()).isEqualTo("later-wire-repeats-call");
        assertThat(last.path("provenance").path("source").path("outlet").asString()).isEqualTo("Example Wire");
        assertThat(ids(api.get("/api/claims?source=later-wire").json())).containsExactly("us-russia/trump-putin-call");
    }

    @Test
    void anEarlierSourceMovesTheFirstAppearanceEarlier() {
        post(laterStory("kremlin-readout", "2025-02-12T15:00:00Z", "kremlin.ru", report("kremlin-readout-call",
                "appearance", "us-russia", "trump-putin-call", "kremlin", "kremlin-readout")));

        await().atMost(Duration.ofSeconds(30)).until(() -> "kremlin-readout".equals(claim(
                "us-russia/trump-putin-call").path("firstAppearance").path("provenance").path("source")
                .path("reference").asString()));
        JsonNode call = claim("us-russia/trump-putin-call");
        Instant firstInPrint = Instant.parse(call.path("firstAppearance").path("provenance").path("source")
                .path("publishedFrom").asString());
        Instant learnt = Instant.parse(call.path("firstRecordedAt").asString());
        Instant learntOfReadout = Instant.parse(call.path("firstAppearance").path("recordedAt").asString());
        assertThat(firstInPrint).isEqualTo(Instant.parse("2025-02-12T15:00:00Z"));
        assertThat(learntOfReadout).as("the tracker learnt of the readout after the claim").isAfter(learnt);
    }

    @Test
    void aDisputeShowsBothValuesWithTheirSources() {
        ObjectNode dispute = report("white-house-call-length", "dispute", "us-ukraine", "trump-zelenskiy-call",
                "white-house", "white-house-briefing");
        dispute.put("field", "duration");
        dispute.putObject("value").put("value", "PT45M").put("hedge", "at-most").put("asReported", "under 45 minutes");
        ObjectNode story = laterStory("white-house-briefing", "2025-02-13", "White House", dispute);
        ((ArrayNode) story.withArray("actors")).addObject().put("id", "white-house").put("name", "The White House")
                .put("kind", "office");
        post(story);

        await().atMost(Duration.ofSeconds(30)).until(() -> claim("us-ukraine/trump-zelenskiy-call")
                .path("disputes").size() == 1);
        JsonNode call = claim("us-ukraine/trump-zelenskiy-call");
        JsonNode disputed = call.path("disputes").get(0);
        assertThat(call.path("status").asString()).isEqualTo("disputed");
        assertThat(disputed.path("claimedValue").path("value").asString()).isEqualTo("PT1H");
        assertThat(disputed.path("claimedBy").path("assertedBy").asString()).isEqualTo("zelenskiy-office");
        assertThat(disputed.path("otherValue").path("value").asString()).isEqualTo("PT45M");
        assertThat(disputed.path("otherValue").path("hedge").asString()).isEqualTo("at-most");
        assertThat(disputed.path("disputedBy").path("assertedBy").asString()).isEqualTo("white-house");
        assertThat(disputed.path("event").path("type").asString()).isEqualTo("ClaimDisputed");
        assertThat(ids(api.get("/api/claims?status=disputed").json())).containsExactly("us-ukraine/trump-zelenskiy-call");

        TrackerApi.Response again = api.postDossier(JSON.writeValueAsString(story), "application/json");
        assertThat(again.status()).as("the same dossier again records nothing").isEqualTo(200);
    }

    @Test
    void theJsonLdExportParsesBackAsSchemaOrgClaims() {
        TrackerApi.Response response = api.get("/api/export/claims.jsonld");

        assertThat(response.status()).isEqualTo(200);
        JsonNode document = response.json();
        assertThat(document.path("@context").asString()).isEqualTo("https://schema.org");
        List<JsonNode> claims = StreamSupport.stream(document.path("@graph").spliterator(), false).toList();
        assertThat(claims).hasSizeGreaterThanOrEqualTo(ReferenceDossier.factCount());
        JsonNode call = claims.stream().filter(c -> c.path("identifier").asString()
                .equals("us-russia/trump-putin-call")).findFirst().orElseThrow();
        assertThat(call.path("@type").asString()).isEqualTo("Claim");
        assertThat(call.path("author").path("identifier").asString()).isEqualTo("kremlin");
        JsonNode ledger = claim("us-russia/trump-putin-call");
        String firstSource = ledger.path("firstAppearance").path("provenance").path("source").path("reference")
                .asString();
        assertThat(call.path("datePublished").asString()).isEqualTo(ledger.path("firstAppearance")
                .path("provenance").path("source").path("publishedAt").asString());
        assertThat(call.path("firstAppearance").path("@type").asString()).isEqualTo("CreativeWork");
        assertThat(call.path("firstAppearance").path("identifier").asString()).isEqualTo(firstSource);
        assertThat(call.path("appearance").size()).isEqualTo(ledger.path("appearances").size());
    }

    @Test
    void aCallStoredInTheFirstShapeStillLoadsAndProjects() {
        // a call as the tracker stored it before CallHeld revision 2: no revision, a duration with 'approximate'
        String firstShape = """
                {"track":"us-russia","fact":{"id":"legacy-call","summary":"Trump and Putin spoke again.",\
                "validTime":{"value":"2025-02-20","precision":"DAY","approximate":false},"provenance":\
                {"assertedBy":"kremlin","channel":"statement","source":{"reference":"legacy-source","outlet":null,\
                "title":null,"url":null,"publishedAt":"2025-02-20"},"quote":null}},"participants":["trump","putin"],\
                "duration":{"value":"PT45M","approximate":true,"asReported":"some 45 minutes"}}""";
        storeInFirstShape("track:us-russia", "com.negotiationtracker.core.call.CallHeld", firstShape);

        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/claims/us-russia/legacy-call").status()
                == 200);
        JsonNode duration = field(claim("us-russia/legacy-call"), "duration");
        assertThat(duration.path("value").path("hedge").asString()).isEqualTo("approximate");
        assertThat(duration.path("value").path("asReported").asString()).isEqualTo("some 45 minutes");
        await().atMost(Duration.ofSeconds(30)).until(() -> api.timeline().stream()
                .anyMatch(entry -> "legacy-call".equals(entry.path("factId").asString())));

        // the track loads the old event: reports about it are accepted, a correction naming the value the call was
        // recorded with (read back from the store and upcast), and the same call again records nothing
        ObjectNode correction = report("later-legacy-corrects", "correction", "us-russia", "legacy-call", "kremlin",
                "later-legacy");
        correction.put("field", "duration");
        correction.putObject("value").put("value", "PT1H").put("hedge", "exact");
        TrackerApi.Response report = post(laterStory("later-legacy", "2025-02-21", "Example Wire",
                report("later-legacy-repeats", "appearance", "us-russia", "legacy-call", "kremlin", "later-legacy"),
                correction));
        assertThat(report.json().path("reportsRecorded").asInt()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> claim("us-russia/legacy-call").path("corrections").size() == 1);
        JsonNode previous = claim("us-russia/legacy-call").path("corrections").get(0).path("previousValue");
        assertThat(previous.path("value").asString()).isEqualTo("PT45M");
        assertThat(previous.path("hedge").asString()).isEqualTo("approximate");
        ObjectNode sameCall = laterStory("legacy-source", "2025-02-20", null);
        ObjectNode call = ((ArrayNode) sameCall.withArray("facts")).addObject();
        call.put("id", "legacy-call").put("kind", "call").put("track", "us-russia")
                .put("summary", "Trump and Putin spoke again.").put("validTime", "2025-02-20");
        call.putObject("provenance").put("assertedBy", "kremlin").put("channel", "statement")
                .put("source", "legacy-source");
        call.putArray("participants").add("trump").add("putin");
        call.putObject("duration").put("value", "PT45M").put("approximate", true).put("asReported", "some 45 minutes");
        TrackerApi.Response again = api.postDossier(JSON.writeValueAsString(sameCall), "application/json");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("factsAlreadyRecorded").asInt()).isEqualTo(1);
    }

    // ---- helpers ----

    /** Appends an event to a stream straight into the event store's table, as an earlier version wrote it. */
    private void storeInFirstShape(String stream, String payloadType, String payload) {
        Long sequence = jdbc.queryForObject("select max(sequence_number) from domain_event_entry"
                + " where aggregate_identifier = ?", Long.class, stream);
        Long globalIndex = jdbc.queryForObject(nextGlobalIndex(), Long.class);
        jdbc.update("insert into domain_event_entry (global_index, aggregate_identifier, sequence_number, type,"
                        + " event_identifier, payload_type, payload_revision, payload, meta_data, time_stamp)"
                        + " values (?, ?, ?, ?, ?, ?, null, ?, ?, ?)",
                globalIndex, stream, sequence + 1, "NegotiationTrack", UUID.randomUUID().toString(), payloadType,
                payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8),
                Instant.now().toString());
    }

    /** The SQL that hands out the event store's next global index. */
    abstract String nextGlobalIndex();

    private long ledgerTotal() {
        TrackerApi.Response response = api.get("/api/claims?size=1");
        return response.status() == 200 ? response.json().path("total").asLong() : -1;
    }

    private JsonNode claim(String id) {
        TrackerApi.Response response = api.get("/api/claims/" + id);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode field(JsonNode claim, String name) {
        return StreamSupport.stream(claim.path("fields").spliterator(), false)
                .filter(field -> name.equals(field.path("field").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + name + " in " + claim));
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.path("claims").spliterator(), false)
                .map(claim -> claim.path("id").asString()).toList();
    }

    private TrackerApi.Response post(ObjectNode dossier) {
        TrackerApi.Response response = api.postDossier(JSON.writeValueAsString(dossier), "application/json");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }

    /** A second story, from other reporting: one source, the actors and tracks of the reference story. */
    private static ObjectNode laterStory(String source, String publishedAt, String outlet, ObjectNode... reports) {
        ObjectNode dossier = JSON.createObjectNode();
        dossier.put("version", 1);
        dossier.put("id", source + "-story");
        ObjectNode entry = dossier.putArray("sources").addObject();
        entry.put("id", source);
        entry.put("publishedAt", publishedAt);
        if (outlet != null) {
            entry.put("outlet", outlet);
        }
        ArrayNode list = dossier.putArray("reports");
        for (ObjectNode report : reports) {
            list.add(report);
        }
        return dossier;
    }

    private static ObjectNode report(String id, String kind, String track, String claim, String assertedBy,
                                     String source) {
        ObjectNode report = JSON.createObjectNode();
        report.put("id", id).put("kind", kind).put("track", track).put("claim", claim);
        report.putObject("provenance").put("assertedBy", assertedBy).put("channel", "statement")
                .put("source", source);
        return report;
    }
}
