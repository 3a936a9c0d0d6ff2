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

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static com.negotiationtracker.config.support.Dossiers.fact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tracks snapshotted every {@value #THRESHOLD} events, on a real database with the application's serializer: the
 * snapshots are written, a track loaded from one decides as before, and a snapshot of an older shape of the track
 * (another revision) is ignored rather than read. Each store (H2, PostgreSQL) runs the same contract, without the
 * tracks' cache (so that a track is loaded from its snapshot); snapshots are taken on a thread of their own, after
 * the import has answered, so the contract waits for them.
 */
abstract class TrackSnapshotContract {

    static final String THRESHOLD = "2";

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
        await().atMost(Duration.ofSeconds(30)).until(() -> trackSnapshots() > 0);
    }

    @Test
    void the_tracks_are_snapshotted() {
        assertThat(trackSnapshots()).isPositive();
    }

    @Test
    void a_track_loaded_from_its_snapshot_records_a_repeat_as_nothing_and_refuses_a_change() {
        assertRepeatRecordsNothingAndChangeIsRefused();
    }

    @Test
    void a_snapshot_of_an_older_shape_of_the_track_is_ignored() {
        // what an older revision of the aggregate would have left: a payload this one cannot use. Read as it is, an
        // empty object would be a track that knows no fact, and would record the changed fact below
        jdbc.update("update snapshot_event_entry set payload_revision = '0', payload = ?",
                (Object) "{}".getBytes(StandardCharsets.UTF_8));

        assertRepeatRecordsNothingAndChangeIsRefused();
    }

    @Test
    void a_later_dossier_adds_to_a_snapshotted_track() {
        long before = events.count();

        TrackerApi.Response response = api.postDossier(
                Dossiers.laterReport("report-s", Dossiers.statement("trump-expects-meeting-s", "report-s")),
                "application/json");

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(events.count()).isEqualTo(before + 1);
    }

    private void assertRepeatRecordsNothingAndChangeIsRefused() {
        long recorded = events.count();

        TrackerApi.Response again = api.postDossier(ReferenceDossier.yaml(), "application/yaml");
        TrackerApi.Response changed = api.postDossier(Dossiers.referenceWith(
                dossier -> fact(dossier, 0).put("summary", "They spoke for five minutes.")), "application/json");

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("recordedNothing").asBoolean()).isTrue();
        assertThat(changed.status()).as(changed.body()).isEqualTo(422);
        assertThat(changed.body()).contains("FACT_RECORDED_ONCE");
        assertThat(events.count()).isEqualTo(recorded);
    }

    private long trackSnapshots() {
        Long count = jdbc.queryForObject("select count(*) from snapshot_event_entry where type = 'NegotiationTrack'",
                Long.class);
        return count == null ? 0 : count;
    }
}
