package com.negotiationtracker.query.timeline;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static com.negotiationtracker.query.batch.SqlValues.time;

/**
 * Writes timeline rows with JDBC batch statements: a batch of events costs a few statements, not a find, a persist
 * and a dirty check per fact. Each fact's rows are deleted and inserted again, which makes writing idempotent (an
 * event handled twice leaves the same rows) with the same statements on H2 and PostgreSQL.
 */
class TimelineTables {

    private static final String INSERT_ENTRY = "insert into timeline_entry (track, fact_id, kind, summary, valid_time,"
            + " valid_time_precision, valid_time_approximate, valid_from, valid_until, asserted_by, channel, quote,"
            + " source_reference, source_outlet, source_title, source_url, source_published_at, details, recorded_at,"
            + " global_position) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    TimelineTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes each entry's rows the given ones; the entries are those of distinct facts. */
    void write(Collection<RecordedEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<Object[]> keys = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> actors = new ArrayList<>();
        List<Object[]> issues = new ArrayList<>();
        for (RecordedEntry entry : entries) {
            keys.add(new Object[] {entry.track(), entry.factId()});
            rows.add(row(entry));
            addOrdered(actors, entry, entry.actors());
            addOrdered(issues, entry, entry.issues());
        }
        // children first: the tables Hibernate makes for the slice tests have no cascading foreign keys
        jdbc.batchUpdate("delete from timeline_actor where track = ? and fact_id = ?", keys);
        jdbc.batchUpdate("delete from timeline_issue where track = ? and fact_id = ?", keys);
        jdbc.batchUpdate("delete from timeline_entry where track = ? and fact_id = ?", keys);
        jdbc.batchUpdate(INSERT_ENTRY, rows);
        if (!actors.isEmpty()) {
            jdbc.batchUpdate("insert into timeline_actor (track, fact_id, ordinal, actor_id) values (?, ?, ?, ?)",
                    actors);
        }
        if (!issues.isEmpty()) {
            jdbc.batchUpdate("insert into timeline_issue (track, fact_id, ordinal, issue) values (?, ?, ?, ?)", issues);
        }
    }

    private static Object[] row(RecordedEntry entry) {
        var valid = entry.validTime();
        var source = entry.source();
        return new Object[] {entry.track(), entry.factId(), entry.kind(), entry.summary(), valid.value(),
                valid.precision().name(), valid.approximate(), time(valid.start()), time(valid.end()),
                entry.assertedBy(), entry.channel(), entry.quote(), source.reference(), source.outlet(),
                source.title(), source.url(), source.publishedAt(), entry.details(), time(entry.recordedAt()),
                entry.globalPosition()};
    }

    /** One row per value, numbered from 0 in the list's order (the entity's order column). */
    private static void addOrdered(List<Object[]> rows, RecordedEntry entry, List<String> values) {
        for (int ordinal = 0; ordinal < values.size(); ordinal++) {
            rows.add(new Object[] {entry.track(), entry.factId(), ordinal, values.get(ordinal)});
        }
    }
}
