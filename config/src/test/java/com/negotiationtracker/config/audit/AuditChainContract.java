package com.negotiationtracker.config.audit;

import com.negotiationtracker.config.support.Dossiers;
import com.negotiationtracker.config.support.TrackerApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The tamper-evident event log end to end, over HTTP, on a real database: the reference story is recorded and
 * sealed, then rows of Axon's event table are altered, deleted and swapped behind the application's back, and
 * {@code /api/audit/verify} names the first bad event each time, and reports the store intact once it is repaired.
 * Each store (H2, PostgreSQL) runs the same contract.
 */
abstract class AuditChainContract {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    TrackerApi api;
    StoredRows rows;

    @BeforeEach
    void referenceStoryRecordedAndSealed() {
        api = new TrackerApi(port);
        rows = new StoredRows(jdbc);
        api.importReferenceStory();
        awaitSealed();
    }

    @Test
    void an_untouched_store_is_intact_and_its_head_is_the_digest() {
        JsonNode digest = get("/api/audit/digest");
        JsonNode verification = get("/api/audit/verify");

        assertThat(verification.path("verdict").asString()).as(verification.toString()).isEqualTo("INTACT");
        assertThat(verification.path("count").asLong()).isEqualTo(rows.count());
        assertThat(verification.path("verified").asLong()).isEqualTo(rows.count());
        assertThat(verification.path("notYetSealed").asLong()).isZero();
        assertThat(verification.path("head").asString()).isEqualTo(digest.path("head").asString()).hasSize(64);
        assertThat(digest.path("count").asLong()).isEqualTo(rows.count());
    }

    @Test
    void an_altered_event_is_named_and_its_repair_restores_the_chain() {
        StoredRows.Row call = rows.ofType("CallHeld").get(0);
        String payload = new String(call.payload(), StandardCharsets.UTF_8);
        assertThat(payload).contains("putin"); // the Trump-Putin call
        try {
            rows.setPayload(call.globalIndex(), payload.replace("putin", "xi").getBytes(StandardCharsets.UTF_8));

            assertFirstBadEvent(get("/api/audit/verify"), call, "ALTERED");
        } finally {
            rows.setPayload(call.globalIndex(), call.payload());
        }
        assertIntact();
    }

    @Test
    void a_deleted_event_is_named_and_its_repair_restores_the_chain() {
        StoredRows.Row swap = rows.ofType("PrisonerSwapCompleted").get(0);
        try {
            rows.delete(swap.globalIndex());

            assertFirstBadEvent(get("/api/audit/verify"), swap, "DELETED");
        } finally {
            rows.insert(swap);
        }
        assertIntact();
    }

    @Test
    void two_events_swapped_are_named_by_the_first() {
        List<StoredRows.Row> positions = rows.ofType("PositionStated");
        StoredRows.Row first = positions.get(1);
        StoredRows.Row second = positions.get(3);
        try {
            rows.setPayload(first.globalIndex(), second.payload());
            rows.setPayload(second.globalIndex(), first.payload());

            assertFirstBadEvent(get("/api/audit/verify"), first, "ALTERED");
        } finally {
            rows.setPayload(first.globalIndex(), first.payload());
            rows.setPayload(second.globalIndex(), second.payload());
        }
        assertIntact();

        try {
            rows.swapPlaces(first.globalIndex(), second.globalIndex());

            assertFirstBadEvent(get("/api/audit/verify"), first, "DISPLACED");
        } finally {
            rows.swapPlaces(first.globalIndex(), second.globalIndex());
        }
        assertIntact();
    }

    @Test
    void a_digest_kept_earlier_proves_the_log_only_grew_and_fails_once_its_events_are_altered() {
        JsonNode earlier = get("/api/audit/digest");
        String id = "audit-report-" + UUID.randomUUID().toString().substring(0, 8);
        TrackerApi.Response later = api.postDossier(Dossiers.laterReport(id, Dossiers.statement(id + "-fact", id)),
                "application/json");
        assertThat(later.status()).as(later.body()).isEqualTo(201);
        awaitSealed();

        JsonNode grown = verifySince(earlier);
        assertThat(grown.path("verdict").asString()).as(grown.toString()).isEqualTo("ONLY_GROWN");
        assertThat(grown.path("count").asLong()).isEqualTo(earlier.path("count").asLong() + 1);
        assertThat(grown.path("since").path("head").asString()).isEqualTo(earlier.path("head").asString());

        StoredRows.Row invitation = rows.ofType("InvitationIssued").get(0);
        try {
            rows.setPayload(invitation.globalIndex(), new String(invitation.payload(), StandardCharsets.UTF_8)
                    .replace("Moscow", "Munich").getBytes(StandardCharsets.UTF_8));

            assertFirstBadEvent(verifySince(earlier), invitation, "ALTERED");
        } finally {
            rows.setPayload(invitation.globalIndex(), invitation.payload());
        }
        assertThat(verifySince(earlier).path("verdict").asString()).isEqualTo("ONLY_GROWN");

        JsonNode current = get("/api/audit/digest");
        JsonNode misplaced = get("/api/audit/verify?digest=" + current.path("head").asString()
                + "&count=" + earlier.path("count").asLong());
        assertThat(misplaced.path("verdict").asString()).as("a head from another count").isEqualTo("DIVERGED");
    }

    @Test
    void a_malformed_digest_is_a_bad_request() {
        TrackerApi.Response response = api.get("/api/audit/verify?digest=abc&count=3");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("parameter").asString()).isEqualTo("digest");
    }

    private JsonNode verifySince(JsonNode digest) {
        return get("/api/audit/verify?digest=" + digest.path("head").asString()
                + "&count=" + digest.path("count").asLong());
    }

    private void assertIntact() {
        JsonNode verification = get("/api/audit/verify");
        assertThat(verification.path("verdict").asString()).as(verification.toString()).isEqualTo("INTACT");
        assertThat(verification.path("verified").asLong()).isEqualTo(rows.count());
    }

    private static void assertFirstBadEvent(JsonNode verification, StoredRows.Row row, String breach) {
        assertThat(verification.path("verdict").asString()).as(verification.toString()).isEqualTo("TAMPERED");
        JsonNode bad = verification.path("firstBadEvent");
        assertThat(bad.path("globalIndex").asLong()).as(verification.toString()).isEqualTo(row.globalIndex());
        assertThat(bad.path("eventIdentifier").asString()).isEqualTo(row.eventIdentifier());
        assertThat(bad.path("breach").asString()).isEqualTo(breach);
        assertThat(verification.path("detail").asString()).contains(row.eventIdentifier());
    }

    /** Until the audit chain has sealed every stored event. */
    private void awaitSealed() {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode verification = get("/api/audit/verify");
            return verification.path("notYetSealed").asLong() == 0
                    && verification.path("count").asLong() == rows.count();
        });
    }

    private JsonNode get(String path) {
        TrackerApi.Response response = api.get(path);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.json();
    }
}
