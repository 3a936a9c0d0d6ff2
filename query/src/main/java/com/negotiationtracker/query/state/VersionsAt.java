package com.negotiationtracker.query.state;

import com.negotiationtracker.query.batch.IndexHints;
import com.negotiationtracker.query.batch.SqlValues;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

import static com.negotiationtracker.query.state.StateInputs.instant;
import static com.negotiationtracker.query.state.StateInputs.time;

/**
 * The version of each of many entities that held at valid time {@code validAt} as the record stood at record time
 * {@code knownAt}, found with one or two index look-ups an entity instead of a walk through its history: a channel
 * has a version for each contact, tens of thousands of them on a large store.
 * <p>
 * The versions the record held at any one record time cover valid time without overlapping, so at most one holds at
 * {@code validAt}. Either it is the open-ended version held at {@code knownAt}, if that had begun by {@code validAt}
 * (the answer whenever {@code validAt} lies at or after the latest valid time recorded by then), or it is a bounded
 * version, found by walking back from {@code validAt} through the valid starts: the versions recorded after
 * {@code knownAt} start later than those it held when facts arrive in valid-time order, so the walk stops at once.
 * Each look-up names its index and reads in that index's order, newest first, so that it stops at the first version
 * held at {@code knownAt}.
 */
final class VersionsAt {

    /** Each entity's versions by valid end then record start (V15): its open-ended ones, latest recorded first. */
    static final String OPEN_ENDED = "ix_state_history_open_ended";
    /** Each entity's versions by valid start (V15). */
    static final String VALID_STARTS = "ix_state_history_valid_starts";

    /** Entities per statement, each a branch of its own. */
    private static final int BRANCHES = 64;
    private static final String COLUMNS = "select entity_kind, entity_key, track, valid_from, state from state_history";
    private static final String HELD = " and recorded_from <= ? and (recorded_to is null or recorded_to > ?)";
    private static final Comparator<StoredState> IN_KEY_ORDER = Comparator
            .comparing((StoredState state) -> state.kind().column()).thenComparing(StoredState::key);

    private final JdbcTemplate jdbc;
    private final String openEnded;
    private final String boundedAt;

    VersionsAt(JdbcTemplate jdbc, IndexHints hints) {
        this.jdbc = jdbc;
        this.openEnded = "(" + COLUMNS + hints.use(OPEN_ENDED)
                + " where entity_kind = ? and entity_key = ? and valid_to is null" + HELD
                + " order by entity_kind desc, entity_key desc, valid_to desc, recorded_from desc"
                + " fetch first 1 row only)";
        this.boundedAt = "(" + COLUMNS + hints.use(VALID_STARTS)
                + " where entity_kind = ? and entity_key = ? and valid_from <= ? and valid_to > ?" + HELD
                + " order by entity_kind desc, entity_key desc, valid_from desc fetch first 1 row only)";
    }

    /** The look-ups as sent, one entity each: for checking their plans. */
    List<String> queries() {
        return List.of(openEnded, boundedAt);
    }

    /**
     * The versions at {@code validAt} as known at {@code knownAt} of the entities {@code ids} ({@code [entity_kind,
     * entity_key]} each) that had one, in the order of kind and key.
     */
    List<StoredState> of(List<List<String>> ids, Instant validAt, Instant knownAt) {
        Map<List<String>, StoredState> found = new LinkedHashMap<>();
        read(openEnded, ids, id -> List.of(id.get(0), id.get(1), time(knownAt), time(knownAt)), (id, row) -> {
            if (!row.validFrom().isAfter(validAt)) {
                found.put(id, row.state());
            }
        });
        List<List<String>> inThePast = ids.stream().filter(id -> !found.containsKey(id)).toList();
        read(boundedAt, inThePast, id -> List.of(id.get(0), id.get(1), time(validAt), time(validAt), time(knownAt),
                time(knownAt)), (id, row) -> found.put(id, row.state()));
        List<StoredState> versions = new ArrayList<>(found.values());
        versions.sort(IN_KEY_ORDER);
        return versions;
    }

    private record Found(StoredState state, Instant validFrom) {
    }

    private interface Each {
        void found(List<String> id, Found row);
    }

    /** Runs {@code lookUp} for each id, {@value #BRANCHES} a statement, padded to few statement texts. */
    private void read(String lookUp, List<List<String>> ids, Function<List<String>, List<Object>> arguments,
                      Each each) {
        for (int from = 0; from < ids.size(); from += BRANCHES) {
            List<List<String>> chunk = ids.subList(from, Math.min(ids.size(), from + BRANCHES));
            int size = SqlValues.paddedSize(chunk.size());
            StringJoiner sql = new StringJoiner(" union all ");
            List<Object> values = new ArrayList<>();
            for (int branch = 0; branch < size; branch++) {
                sql.add(lookUp);
                values.addAll(arguments.apply(chunk.get(Math.min(branch, chunk.size() - 1))));
            }
            jdbc.query(sql.toString(), row -> {
                StoredState state = new StoredState(EntityKind.ofColumn(row.getString("entity_kind")),
                        row.getString("entity_key"), row.getString("track"), row.getString("state"));
                each.found(List.of(row.getString("entity_kind"), row.getString("entity_key")),
                        new Found(state, instant(row, "valid_from")));
            }, values.toArray());
        }
    }
}
