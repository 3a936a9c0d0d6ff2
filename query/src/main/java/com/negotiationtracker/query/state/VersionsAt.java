package com.negotiationtracker.query.state;

import com.negotiationtracker.query.batch.Branches;
import com.negotiationtracker.query.batch.IndexHints;
import com.negotiationtracker.query.batch.VersionLookups;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static com.negotiationtracker.query.state.StateInputs.instant;

/**
 * The version of each of many state entities that held at valid time {@code validAt} as the record stood at record
 * time {@code knownAt}: one or two index look-ups an entity ({@link VersionLookups}, on V15's indexes) instead of a
 * walk through its history, which for a channel holds a version for each contact. An entity the record did not hold
 * at {@code knownAt} is told by a probe along the primary key (entity, then record start), not by a walk through
 * every version recorded later.
 */
final class VersionsAt {

    /** Each entity's versions by valid end then record start (V15): its open-ended ones, latest recorded first. */
    static final String OPEN_ENDED = "ix_state_history_open_ended";
    /** Each entity's versions by valid start (V15). */
    static final String VALID_STARTS = "ix_state_history_valid_starts";

    private static final Comparator<StoredState> IN_KEY_ORDER = Comparator
            .comparing((StoredState state) -> state.kind().column()).thenComparing(StoredState::key);

    private final JdbcTemplate jdbc;
    private final VersionLookups lookUps;

    VersionsAt(JdbcTemplate jdbc, IndexHints hints) {
        this.jdbc = jdbc;
        this.lookUps = new VersionLookups(hints, Branches.of(jdbc.getDataSource()),
                "select entity_kind, entity_key, track, valid_from, state from state_history",
                List.of("entity_kind", "entity_key"), OPEN_ENDED, VALID_STARTS).probingHeldVersions();
    }

    /** The look-ups as sent, one entity each: for checking their plans. */
    List<String> queries() {
        return lookUps.queries();
    }

    /**
     * The versions at {@code validAt} as known at {@code knownAt} of the entities {@code ids} ({@code [entity_kind,
     * entity_key]} each) that had one, in the order of kind and key.
     */
    List<StoredState> of(List<List<String>> ids, Instant validAt, Instant knownAt) {
        List<StoredState> versions = new ArrayList<>(lookUps.of(ids, id -> id, validAt, knownAt,
                (sql, arguments) -> jdbc.query(sql, this::found, arguments), FOUND).values().stream()
                .map(Found::state).toList());
        versions.sort(IN_KEY_ORDER);
        return versions;
    }

    private record Found(List<String> id, StoredState state, Instant validFrom) {
    }

    private static final VersionLookups.Rows<List<String>, Found> FOUND = new VersionLookups.Rows<>() {
        @Override
        public List<String> entity(Found row) {
            return row.id();
        }

        @Override
        public Instant validFrom(Found row) {
            return row.validFrom();
        }
    };

    private Found found(ResultSet row, int number) throws SQLException {
        String kind = row.getString("entity_kind");
        String key = row.getString("entity_key");
        return new Found(List.of(kind, key), new StoredState(EntityKind.ofColumn(kind), key, row.getString("track"),
                row.getString("state")), instant(row, "valid_from"));
    }
}
