package com.negotiationtracker.query.state;

import com.negotiationtracker.query.batch.SqlValues;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.negotiationtracker.query.state.StateInputs.instant;
import static com.negotiationtracker.query.state.StateInputs.time;

/**
 * The {@link Tail tails} of the channels' and track phases' histories ({@code state_tail}). Written by whoever
 * recomputes or extends a history, under the same serialisation as the history itself (a track's events are handled
 * by one segment; channels under the channels lock), so an update or insert chosen from what was read cannot race.
 */
final class StateTails {

    /** The table a reset empties. */
    static final List<String> TABLES = List.of("state_tail");

    private final JdbcTemplate jdbc;

    StateTails(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Tail> of(EntityKind kind, String key) {
        return jdbc.query("select last_valid_from, last_recorded_at from state_tail"
                                + " where entity_kind = ? and entity_key = ?",
                        (row, number) -> new Tail(instant(row, "last_valid_from"), instant(row, "last_recorded_at")),
                        kind.column(), key)
                .stream().findFirst();
    }

    /** The tails of the histories {@code ids} ({@code [entity_kind, entity_key]} each) that have one, by id. */
    Map<List<String>, Tail> of(List<List<String>> ids) {
        Map<List<String>, Tail> found = new HashMap<>();
        for (List<List<String>> chunk : SqlValues.chunks(ids)) {
            SqlValues.PairList list = SqlValues.pairList(chunk);
            jdbc.query("select entity_kind, entity_key, last_valid_from, last_recorded_at from state_tail"
                    + " where (entity_kind, entity_key) in " + list.sql(), row -> {
                found.put(List.of(row.getString("entity_kind"), row.getString("entity_key")),
                        new Tail(instant(row, "last_valid_from"), instant(row, "last_recorded_at")));
            }, list.arguments());
        }
        return found;
    }

    /**
     * Writes the tails that changed: {@code before} is what the table holds, {@code after} what it should, both by
     * {@code [entity_kind, entity_key]}; an empty tail is no row.
     */
    void write(Map<List<String>, Optional<Tail>> before, Map<List<String>, Optional<Tail>> after) {
        List<Object[]> deletes = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        after.forEach((id, tail) -> {
            Optional<Tail> stored = before.getOrDefault(id, Optional.empty());
            if (tail.equals(stored)) {
                return;
            }
            if (tail.isEmpty()) {
                deletes.add(new Object[] {id.get(0), id.get(1)});
            } else {
                Object[] times = {time(tail.get().lastValidFrom()), time(tail.get().lastRecordedAt())};
                (stored.isEmpty() ? inserts : updates).add(new Object[] {times[0], times[1], id.get(0), id.get(1)});
            }
        });
        batch("delete from state_tail where entity_kind = ? and entity_key = ?", deletes);
        batch("update state_tail set last_valid_from = ?, last_recorded_at = ? where entity_kind = ?"
                + " and entity_key = ?", updates);
        batch("insert into state_tail (last_valid_from, last_recorded_at, entity_kind, entity_key)"
                + " values (?, ?, ?, ?)", inserts);
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }
}
