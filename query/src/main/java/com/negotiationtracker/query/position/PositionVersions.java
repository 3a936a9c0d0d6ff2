package com.negotiationtracker.query.position;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Works out the versions of one party's position on one issue from the stances it stated, on both time axes.
 * <p>
 * Valid time: each stance holds from the start of the time it was stated at until the next stance (in valid-time
 * order) starts; the last one holds on. Two stances stated at the same time are ordered as they were recorded, the
 * later one taking over at once.
 * <p>
 * Record time: at each moment a stance was recorded, the record knew the stances recorded by then, and the history it
 * showed was the one those stances make. A version of a stance is shown from the moment its valid interval came to
 * be until the moment a newly recorded stance changed that interval (a stance reported late, with an older valid
 * time, can shorten it). The versions depend only on the stances and their record times, never on the order in which
 * the projection handles them: a replay, or segments working side by side, make the same rows.
 */
final class PositionVersions {

    /** A stance as far as the computation needs it. */
    record Stated(StatementKey key, Instant validFrom, Instant recordedAt, Long globalPosition) {
    }

    /** A version: the stance {@code key} holds in {@code [validFrom, validTo)} as recorded in [from, to). */
    record Version(StatementKey key, Instant validFrom, Instant validTo, Instant recordedFrom, Instant recordedTo) {
    }

    /** The order in which the stances were recorded; track and fact id only break exact ties. */
    static final Comparator<Stated> RECORDING_ORDER = Comparator.comparing(Stated::recordedAt)
            .thenComparing(Stated::globalPosition, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(stated -> stated.key().track())
            .thenComparing(stated -> stated.key().factId());

    /** Valid-time order; at the same valid time the later recorded stance comes after (and takes over). */
    static final Comparator<Stated> VALID_ORDER = Comparator.comparing(Stated::validFrom).thenComparing(RECORDING_ORDER);

    private PositionVersions() {
    }

    static List<Version> of(List<Stated> stances) {
        List<Instant> moments = stances.stream().map(Stated::recordedAt).distinct().sorted().toList();
        Map<StatementKey, Version> shown = new LinkedHashMap<>();
        List<Version> versions = new ArrayList<>();
        for (Instant moment : moments) {
            List<Stated> known = stances.stream()
                    .filter(stated -> !stated.recordedAt().isAfter(moment))
                    .sorted(VALID_ORDER)
                    .toList();
            for (int i = 0; i < known.size(); i++) {
                Stated stated = known.get(i);
                Instant validTo = i + 1 < known.size() ? known.get(i + 1).validFrom() : null;
                Version current = shown.get(stated.key());
                if (current == null || !Objects.equals(current.validTo(), validTo)) {
                    if (current != null) {
                        versions.add(new Version(current.key(), current.validFrom(), current.validTo(),
                                current.recordedFrom(), moment));
                    }
                    shown.put(stated.key(), new Version(stated.key(), stated.validFrom(), validTo, moment, null));
                }
            }
        }
        versions.addAll(shown.values());
        return versions;
    }
}
