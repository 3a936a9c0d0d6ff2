package com.negotiationtracker.query.export;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The timeline read model's tables as the H2 migration creates them, read back in the timeline's order. */
class TimelineRowsTest {

    private static final Path MIGRATIONS = Path.of("..", "config", "src", "main", "resources", "db", "migration", "h2");
    private static final Instant RECORDED = Instant.parse("2026-01-05T09:00:00Z");

    private final EmbeddedDatabase database = new EmbeddedDatabaseBuilder()
            .setType(EmbeddedDatabaseType.H2)
            .generateUniqueName(true)
            .addScript(MIGRATIONS.resolve("V2__timeline.sql").toUri().toString())
            .build();
    private final JdbcTemplate jdbc = new JdbcTemplate(database);
    private final TimelineRows timeline = new TimelineRows(database, new DataSourceTransactionManager(database));

    @AfterEach
    void closeDatabase() {
        database.shutdown();
    }

    @Test
    void readsEveryFactInValidTimeOrderThenInTheOrderOfRecording() {
        entry("us-russia", "trump-putin-call", "2025-02-12", 3L, List.of("trump", "putin"), List.of());
        entry("us-russia", "prisoner-swap", "2025-02-11", 9L, List.of("united-states", "russia"), List.of());
        entry("us-ukraine", "zelenskiy-on-peace", "2025-02-12", 5L, List.of("zelenskiy"),
                List.of("peace", "technology"));
        entry("us-russia", "no-contact", "2022-02-01", null, List.of("united-states", "russia"), List.of());
        entry("ukraine-peace", "hegseth-territory", "2025-02-12", null, List.of("united-states"),
                List.of("territory"));

        List<TimelineRow> rows = new ArrayList<>();
        timeline.forEach(rows::add);

        assertThat(rows).extracting(TimelineRow::factId).containsExactly(
                "no-contact", "prisoner-swap", "trump-putin-call", "zelenskiy-on-peace", "hegseth-territory");
        TimelineRow peace = rows.get(3);
        assertThat(peace.track()).isEqualTo("us-ukraine");
        assertThat(peace.actors()).containsExactly("zelenskiy");
        assertThat(peace.issues()).containsExactly("peace", "technology");
        assertThat(rows.get(2).actors()).as("in the order they matter").containsExactly("trump", "putin");
        assertThat(rows.get(2).issues()).isEmpty();
    }

    @Test
    void readsEveryColumnOfAFact() {
        entry("us-russia", "trump-putin-call", "2025-02-12", 3L, List.of("trump", "putin"), List.of());

        List<TimelineRow> rows = new ArrayList<>();
        timeline.forEach(rows::add);

        assertThat(rows).containsExactly(new TimelineRow("trump-putin-call", "us-russia", "call",
                "summary of trump-putin-call", "2025-02-12", "DAY", true, Instant.parse("2025-02-12T00:00:00Z"),
                Instant.parse("2025-02-13T00:00:00Z"), List.of("trump", "putin"), List.of(), "kremlin", "statement",
                "close to an hour and a half, \"she said\"", "seed-article", null, null, null, "2025-02-12",
                "{\"participants\":[\"trump\",\"putin\"]}", RECORDED, 3L));
    }

    @Test
    void anEmptyTimelineReadsNothing() {
        List<TimelineRow> rows = new ArrayList<>();
        timeline.forEach(rows::add);
        assertThat(rows).isEmpty();
    }

    private void entry(String track, String factId, String day, Long position, List<String> actors,
                       List<String> issues) {
        Instant from = Instant.parse(day + "T00:00:00Z");
        jdbc.update("insert into timeline_entry (track, fact_id, kind, summary, valid_time, valid_time_precision, "
                        + "valid_time_approximate, valid_from, valid_until, asserted_by, channel, quote, "
                        + "source_reference, source_outlet, source_title, source_url, source_published_at, details, "
                        + "recorded_at, global_position) values (?, ?, 'call', ?, ?, 'DAY', true, ?, ?, 'kremlin', "
                        + "'statement', ?, 'seed-article', null, null, null, '2025-02-12', ?, ?, ?)",
                track, factId, "summary of " + factId, day, Timestamp.from(from),
                Timestamp.from(from.plusSeconds(86_400)), "close to an hour and a half, \"she said\"",
                "{\"participants\":[\"trump\",\"putin\"]}", Timestamp.from(RECORDED), position);
        for (int ordinal = 0; ordinal < actors.size(); ordinal++) {
            jdbc.update("insert into timeline_actor (track, fact_id, ordinal, actor_id) values (?, ?, ?, ?)",
                    track, factId, ordinal, actors.get(ordinal));
        }
        for (int ordinal = 0; ordinal < issues.size(); ordinal++) {
            jdbc.update("insert into timeline_issue (track, fact_id, ordinal, issue) values (?, ?, ?, ?)",
                    track, factId, ordinal, issues.get(ordinal));
        }
    }
}
