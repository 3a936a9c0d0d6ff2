package com.negotiationtracker.config.story;

import com.negotiationtracker.config.support.EventStoreRows;
import com.negotiationtracker.config.support.ReferenceDossier;
import com.negotiationtracker.config.support.TrackerApi;
import com.negotiationtracker.config.support.TrackerOnTemporaryFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

import static com.negotiationtracker.config.support.TimelineEntries.assertedBy;
import static com.negotiationtracker.config.support.TimelineEntries.only;
import static com.negotiationtracker.config.support.TimelineEntries.validTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A new user's first start: the embedded default on an empty H2 file store loads the reference story, and the
 * timeline tells it with sources and dates.
 */
@TrackerOnTemporaryFolder
class EmbeddedReferenceStoryTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    TrackerApi api;
    List<JsonNode> timeline;

    @BeforeEach
    void timelineProjected() {
        api = new TrackerApi(port);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.timeline().size() == ReferenceDossier.factCount());
        timeline = api.timeline();
    }

    @Test
    void the_timeline_lists_every_fact_of_the_reference_story_in_valid_time_order() {
        assertThat(timeline).hasSize(ReferenceDossier.factCount());
        List<String> starts = timeline.stream().map(entry -> entry.path("validTime").path("value").asString())
                .toList();
        assertThat(timeline.get(0).path("validTime").path("value").asString()).startsWith("2022");
        assertThat(starts).allSatisfy(start -> assertThat(start).isNotBlank());
        assertThat(timeline).allSatisfy(entry -> {
            assertThat(entry.path("provenance").path("source").path("reference").asString()).isNotBlank();
            assertThat(entry.path("recordedAt").asString()).isNotBlank();
        });
    }

    @Test
    void the_trump_putin_call_of_12_february_is_asserted_by_the_kremlin() {
        JsonNode call = only(timeline, "call", "trump", "putin");

        assertThat(validTime(call)).isEqualTo("2025-02-12");
        assertThat(assertedBy(call)).isEqualTo("kremlin");
        assertThat(call.path("details").toString()).contains("PT1H30M");
    }

    @Test
    void putin_invited_trump_to_moscow() {
        JsonNode invitation = only(timeline, "invitation-issued", "putin", "trump");

        assertThat(invitation.path("details").toString()).contains("Moscow");
        assertThat(assertedBy(invitation)).isEqualTo("kremlin");
    }

    @Test
    void a_meeting_in_munich_on_14_february_is_proposed_with_vance_and_rubio() {
        JsonNode munich = only(timeline, "meeting-proposed", "trump", "zelenskiy", "vance", "rubio");

        assertThat(munich.path("details").toString()).contains("Munich").contains("2025-02-14");
    }

    @Test
    void the_prisoner_swap_took_place_on_11_february() {
        JsonNode swap = only(timeline, "prisoner-swap");

        assertThat(validTime(swap)).isEqualTo("2025-02-11");
        assertThat(assertedBy(swap)).isEqualTo("kremlin");
    }

    @Test
    void posting_the_reference_dossier_again_records_nothing() {
        long before = new EventStoreRows(jdbc).count();

        TrackerApi.Response again = api.postDossier(ReferenceDossier.yaml(), "application/yaml");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("recordedNothing").asBoolean()).isTrue();
        assertThat(new EventStoreRows(jdbc).count()).isEqualTo(before);
    }
}
