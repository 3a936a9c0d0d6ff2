package com.negotiationtracker.query.state;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.Optional;

import static com.negotiationtracker.query.state.StateInputs.instant;
import static com.negotiationtracker.query.state.StateInputs.time;

/**
 * The {@link Tail tails} of the channels' and track phases' histories ({@code state_tail}). Written by whoever
 * recomputes or extends a history, under the same serialisation as the history itself (a track's events are handled
 * by one segment; channels under the channels lock), so a plain update-or-insert cannot race.
 */
final class StateTails {

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

    /** Records the tail of a history, or forgets it when the history has no facts ({@code tail} empty). */
    void put(EntityKind kind, String key, Optional<Tail> tail) {
        if (tail.isEmpty()) {
            jdbc.update("delete from state_tail where entity_kind = ? and entity_key = ?", kind.column(), key);
            return;
        }
        Instant validFrom = tail.get().lastValidFrom();
        Instant recordedAt = tail.get().lastRecordedAt();
        int updated = jdbc.update("update state_tail set last_valid_from = ?, last_recorded_at = ?"
                        + " where entity_kind = ? and entity_key = ?",
                time(validFrom), time(recordedAt), kind.column(), key);
        if (updated == 0) {
            jdbc.update("insert into state_tail (entity_kind, entity_key, last_valid_from, last_recorded_at)"
                    + " values (?, ?, ?, ?)", kind.column(), key, time(validFrom), time(recordedAt));
        }
    }

    void clear() {
        jdbc.update("delete from state_tail");
    }
}
