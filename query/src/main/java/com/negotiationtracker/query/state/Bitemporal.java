package com.negotiationtracker.query.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Builds bitemporal histories from record time {@code from} on. An input recorded at {@code from} cannot change what
 * the record held before it, so only the versions the record held just before {@code from} (carried over with their
 * {@code recordedFrom}) and what came after are reconsidered: at {@code from} and at each later moment an input was
 * recorded, the valid-time history as the record stood then is compared with the versions open; a version the record
 * stops holding is closed ({@code recordedTo} = that moment), a new one opened ({@code recordedFrom} = that moment).
 * <p>
 * The result depends only on the inputs and their record times, not on the order they were handled in: an input that
 * reaches the projection late (another segment, a replay) recomputes from its own record time, over what was written
 * from there on.
 */
final class Bitemporal {

    private Bitemporal() {
    }

    /**
     * @param from      the record time of the input being handled
     * @param moments   the record times of the inputs recorded after it (earlier ones are ignored)
     * @param stored    the stored rows that {@code from} may touch, by key: those with {@code recordedTo} null or at
     *                  or after {@code from}
     * @param concerned the keys to build (other keys the histories hold are left alone)
     * @param historyAt every key's valid-time history as the record stood at a moment
     * @return the rows each concerned key should have in place of {@code stored} (an empty list for none)
     */
    static Map<String, List<HistoryRow>> rowsFrom(Instant from, Collection<Instant> moments,
                                                  Map<String, List<HistoryRow>> stored, Predicate<String> concerned,
                                                  Function<Instant, Map<String, List<Stretch>>> historyAt) {
        Map<String, Map<Version, Instant>> open = new TreeMap<>();
        Map<String, List<HistoryRow>> rows = new TreeMap<>();
        stored.forEach((key, keyRows) -> {
            if (concerned.test(key)) {
                rows.put(key, new ArrayList<>());
                Map<Version, Instant> carried = open.computeIfAbsent(key, k -> new LinkedHashMap<>());
                keyRows.stream().filter(row -> row.recordedFrom().isBefore(from))
                        .forEach(row -> carried.put(row.version(), row.recordedFrom()));
            }
        });
        TreeSet<Instant> walk = new TreeSet<>(moments);
        walk.add(from);
        for (Instant moment : walk.tailSet(from, true)) {
            Map<String, List<Stretch>> history = historyAt.apply(moment);
            Set<String> keys = new TreeSet<>(open.keySet());
            history.keySet().stream().filter(concerned).forEach(keys::add);
            for (String key : keys) {
                Set<Version> held = new LinkedHashSet<>();
                history.getOrDefault(key, List.of()).forEach(stretch -> held.add(Version.of(stretch)));
                Map<Version, Instant> opened = open.computeIfAbsent(key, k -> new LinkedHashMap<>());
                List<HistoryRow> keyRows = rows.computeIfAbsent(key, k -> new ArrayList<>());
                opened.entrySet().removeIf(version -> {
                    if (held.contains(version.getKey())) {
                        return false;
                    }
                    keyRows.add(new HistoryRow(version.getKey(), version.getValue(), moment));
                    return true;
                });
                held.forEach(version -> opened.putIfAbsent(version, moment));
            }
        }
        open.forEach((key, opened) -> opened.forEach((version, since) ->
                rows.get(key).add(new HistoryRow(version, since, null))));
        return rows;
    }
}
