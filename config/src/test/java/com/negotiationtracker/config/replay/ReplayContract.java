package com.negotiationtracker.config.replay;

import com.negotiationtracker.config.support.EventStoreRows;
import com.negotiationtracker.query.replay.StoredSegment;
import com.negotiationtracker.query.replay.StoredSegments;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A replay through the API rebuilds every read model from the event store into exactly the rows the live processors
 * wrote, and leaves the audit chain alone. Each store (H2, PostgreSQL) runs the same contract; each subclass records
 * its story first and says how many facts it holds.
 */
abstract class ReplayContract {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HandledEvents probe;

    @Autowired
    StoredSegments storedSegments;

    @Autowired
    EventProcessingConfiguration processing;

    /** The facts the story of this test holds: one timeline row each. */
    abstract int facts();

    @Test
    void a_replay_rebuilds_every_read_model_row_for_row() {
        AdminApi admin = new AdminApi(port);
        JsonNode before = admin.awaitEveryProcessorCaughtUp();
        long events = new EventStoreRows(jdbc).count();
        ReadModelSnapshot liveBuilt = ReadModelSnapshot.of(jdbc);
        List<String> auditChain = ReadModelSnapshot.rowsOfTable(jdbc, "event_chain");
        assertThat(before.path("state").asString()).isEqualTo("idle");
        assertThat(liveBuilt.rows("timeline_entry")).as("the snapshot holds the read models").hasSize(facts());
        assertThat(probe.handled()).isEqualTo(events);
        // Spoil a row: only a rebuild from the events can make it right again.
        jdbc.update("update timeline_entry set summary = 'tampered with after the fact'");

        AdminApi.Answer accepted = admin.startReplay();

        assertThat(accepted.status()).as(accepted.json().toString()).isEqualTo(202);
        assertThat(accepted.location()).hasValue("http://localhost:" + port + "/api/admin/replay");
        assertThat(accepted.json().path("state").asString()).isEqualTo("running");
        JsonNode done = admin.awaitState("done");
        assertThat(names(done.path("processors"))).contains("timeline", "replay-probe");
        assertThat(done.path("processors")).allSatisfy(processor -> {
            assertThat(processor.path("caughtUp").asBoolean()).as(processor.toString()).isTrue();
            assertThat(processor.path("replaying").asBoolean()).as(processor.toString()).isFalse();
            assertThat(processor.path("position").asLong()).as(processor.toString())
                    .isEqualTo(processor.path("head").asLong());
        });
        long head = done.path("processors").get(0).path("head").asLong();
        assertThat(done.path("overall").path("total").asLong())
                .isEqualTo(head * done.path("processors").size()).isPositive();
        assertThat(done.path("overall").path("done").asLong()).isEqualTo(done.path("overall").path("total").asLong());
        assertThat(probe.handled()).as("every event handled once more").isEqualTo(2 * events);
        assertThat(probe.distinct()).isEqualTo(events);

        ReadModelSnapshot rebuilt = ReadModelSnapshot.of(jdbc);

        assertThat(rebuilt.tables().keySet()).isEqualTo(liveBuilt.tables().keySet());
        liveBuilt.tables().forEach((table, rows) ->
                assertThat(rebuilt.rows(table)).as("table " + table).containsExactlyElementsOf(rows));
        assertThat(ReadModelSnapshot.rowsOfTable(jdbc, "event_chain")).as("the audit chain is never replayed")
                .isEqualTo(auditChain);
        assertThat(new EventStoreRows(jdbc).count()).as("a replay records nothing").isEqualTo(events);
    }

    @Test
    void every_processor_segment_is_read_from_the_token_table_as_its_processor_left_it() {
        new AdminApi(port).awaitEveryProcessorCaughtUp();
        List<StreamingEventProcessor> processors = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
        assertThat(processors).extracting(StreamingEventProcessor::getName).contains("timeline", "state", "audit-chain");

        // a segment's token is stored with the batch it ends, or at the latest when its claim is next extended
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(processors).allSatisfy(processor -> {
            Map<Integer, EventTrackerStatus> live = processor.processingStatus();
            List<StoredSegment> stored = storedSegments.of(processor.getName());
            assertThat(stored).as(processor.getName()).extracting(StoredSegment::segment)
                    .containsExactlyInAnyOrderElementsOf(live.keySet());
            assertThat(stored).allSatisfy(segment -> {
                assertThat(segment.owner()).as("claimed by this instance").isNotNull();
                OptionalLong position = segment.token() == null ? OptionalLong.empty() : segment.token().position();
                assertThat(position).as(processor.getName() + " segment " + segment.segment())
                        .isEqualTo(live.get(segment.segment()).getCurrentPosition());
            });
        }));
    }

    private static List<String> names(JsonNode processors) {
        return StreamSupport.stream(processors.spliterator(), false).map(p -> p.path("name").asString()).toList();
    }
}
