package com.negotiationtracker.query.batch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;

import static com.negotiationtracker.query.batch.SqlValues.time;

/**
 * The version of each of many entities of a bitemporal table that held at valid time {@code validAt} as the record
 * stood at record time {@code knownAt}, found with one or two index look-ups an entity instead of a walk through its
 * history (a channel has a version for each contact, a party's position on an issue one for each stance: tens of
 * thousands, and hundreds, on a large store).
 * <p>
 * The versions the record held at any one record time cover valid time without overlapping, so at most one holds at
 * {@code validAt}. Either it is the open-ended version held at {@code knownAt}, if that had begun by {@code validAt}
 * (the answer whenever {@code validAt} lies at or after the latest valid time recorded by then), or it is a bounded
 * version, found by walking back from {@code validAt} through the valid starts: the versions recorded after
 * {@code knownAt} start later than those it held when facts arrive in valid-time order, so the walk stops at once.
 * Each look-up names its index and reads in that index's order, newest first, so that it stops at the first version
 * held at {@code knownAt}.
 * <p>
 * That walk passes every version recorded after {@code knownAt} that starts by {@code validAt}: as of a record time
 * before an entity's first record, all of them, to find none (a channel's tens of thousands, as of the first moments
 * of an import). Where the table's primary key leads with the entity's key and then {@code recorded_from}
 * ({@link #probingHeldVersions()}), an entity the open-ended look-up found nothing of is first probed along that key,
 * backwards from {@code knownAt}, for any version held then, and walked only if it had one.
 * <p>
 * The table has the columns {@code valid_from}, {@code valid_to}, {@code recorded_from} and {@code recorded_to}
 * (null ends open) and two indexes led by the entity's key columns: one on ({@code valid_to}, {@code recorded_from})
 * after them, one on {@code valid_from}.
 */
public final class VersionLookups {

    private static final String HELD = " and recorded_from <= ? and (recorded_to is null or recorded_to > ?)";

    private final IndexHints hints;
    private final Branches branches;
    private final String select;
    private final List<String> keyColumns;
    private final String openEndedIndex;
    private final String validStartsIndex;

    private final String openEnded;
    private final String boundedAt;
    /** The probe for a version held at {@code knownAt}, along the primary key; null when not probing. */
    private final String heldAt;

    /**
     * @param branches     how the database is best sent many look-ups
     * @param select       what each look-up reads, {@code select ... from table}, the table's name last
     * @param keyColumns   the columns that name an entity, as they lead both indexes
     * @param openEndedIndex the index on the key, then {@code valid_to, recorded_from}
     * @param validStartsIndex the index on the key, then {@code valid_from}
     */
    public VersionLookups(IndexHints hints, Branches branches, String select, List<String> keyColumns,
                          String openEndedIndex, String validStartsIndex) {
        this(hints, branches, select, keyColumns, openEndedIndex, validStartsIndex, false);
    }

    private VersionLookups(IndexHints hints, Branches branches, String select, List<String> keyColumns,
                           String openEndedIndex, String validStartsIndex, boolean probingHeld) {
        this.hints = hints;
        this.branches = branches;
        this.select = select;
        this.keyColumns = List.copyOf(keyColumns);
        this.openEndedIndex = openEndedIndex;
        this.validStartsIndex = validStartsIndex;
        StringJoiner key = new StringJoiner(" and ", " where ", "");
        StringJoiner keyBackwards = new StringJoiner(" desc, ", " order by ", " desc");
        keyColumns.forEach(column -> {
            key.add(column + " = ?");
            keyBackwards.add(column);
        });
        this.openEnded = "(" + select + hints.use(openEndedIndex) + key + " and valid_to is null" + HELD
                + keyBackwards + ", valid_to desc, recorded_from desc fetch first 1 row only)";
        this.boundedAt = "(" + select + hints.use(validStartsIndex) + key + " and valid_from <= ? and valid_to > ?"
                + HELD + keyBackwards + ", valid_from desc fetch first 1 row only)";
        // unhinted: H2's primary key index has a generated name; the order by and the range on recorded_from make it
        // the one index that serves this statement (checked on H2's plans by the state's tests)
        this.heldAt = probingHeld ? "(" + select + key + HELD + keyBackwards + ", recorded_from desc"
                + " fetch first 1 row only)" : null;
    }

    /**
     * The same look-ups, probing first for a version held at {@code knownAt} the entities the open-ended look-up
     * found nothing of: for a table whose primary key leads with the key columns, then {@code recorded_from}.
     */
    public VersionLookups probingHeldVersions() {
        return new VersionLookups(hints, branches, select, keyColumns, openEndedIndex, validStartsIndex, true);
    }

    /** How the caller's rows tell their entity and their valid start. */
    public interface Rows<K, R> {
        K entity(R row);

        Instant validFrom(R row);
    }

    /** The look-ups as sent, one entity each: for checking their plans (the probe last, when probing). */
    public List<String> queries() {
        return heldAt == null ? List.of(openEnded, boundedAt) : List.of(openEnded, boundedAt, heldAt);
    }

    /**
     * The versions at {@code validAt} as known at {@code knownAt} of the entities {@code ids} that had one, by entity
     * in the order of {@code ids}; {@code key} gives an entity's key column values, in the order of the key columns.
     */
    public <K, R> Map<K, R> of(List<K> ids, Function<K, List<?>> key, Instant validAt, Instant knownAt,
                               Branches.Statement<R> statement, Rows<K, R> rows) {
        Map<K, R> found = new LinkedHashMap<>();
        Set<K> heldOpenEnded = new HashSet<>();
        read(openEnded, ids, id -> withTimes(key.apply(id), knownAt, knownAt), statement).forEach(row -> {
            heldOpenEnded.add(rows.entity(row));
            if (!rows.validFrom(row).isAfter(validAt)) {
                found.put(rows.entity(row), row);
            }
        });
        List<K> inThePast = ids.stream().filter(id -> !found.containsKey(id)).toList();
        if (heldAt != null) {
            Set<K> held = new HashSet<>(heldOpenEnded);
            read(heldAt, inThePast.stream().filter(id -> !heldOpenEnded.contains(id)).toList(),
                    id -> withTimes(key.apply(id), knownAt, knownAt), statement)
                    .forEach(row -> held.add(rows.entity(row)));
            inThePast = inThePast.stream().filter(held::contains).toList();
        }
        read(boundedAt, inThePast, id -> withTimes(key.apply(id), validAt, validAt, knownAt, knownAt), statement)
                .forEach(row -> found.put(rows.entity(row), row));
        Map<K, R> inOrder = new LinkedHashMap<>();
        ids.forEach(id -> {
            R row = found.get(id);
            if (row != null) {
                inOrder.put(id, row);
            }
        });
        return inOrder;
    }

    private static List<Object> withTimes(List<?> key, Instant... times) {
        List<Object> arguments = new ArrayList<>(key);
        for (Instant instant : times) {
            arguments.add(time(instant));
        }
        return arguments;
    }

    /** Runs {@code lookUp} for each id, as the database is best sent many look-ups ({@link Branches}). */
    private <K, R> List<R> read(String lookUp, List<K> ids, Function<K, List<Object>> arguments,
                                Branches.Statement<R> statement) {
        return branches.readByKey(ids.stream().map(id -> new Branches.Branch(lookUp, arguments.apply(id))).toList(),
                statement);
    }
}
