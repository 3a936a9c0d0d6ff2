package com.negotiationtracker.query.position;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

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

    /**
     * The versions, worked out in one sweep over the record moments: at each, the stances learnt then join the others
     * in valid-time order, and only they and the stances just before them (whose next stance they now are) can get
     * another interval. So each stance costs a few look-ups in the ordered set, not a sort of every stance known at
     * every moment, which made a busy subject's history cost the square of its length.
     */
    static List<Version> of(List<Stated> stances) {
        TreeMap<Instant, List<Stated>> learntAt = new TreeMap<>();
        stances.forEach(stated -> learntAt.computeIfAbsent(stated.recordedAt(), moment -> new ArrayList<>())
                .add(stated));
        TreeSet<Stated> known = new TreeSet<>(VALID_ORDER);
        Map<StatementKey, Version> shown = new LinkedHashMap<>();
        List<Version> versions = new ArrayList<>();
        learntAt.forEach((moment, learnt) -> {
            known.addAll(learnt);
            TreeSet<Stated> touched = new TreeSet<>(VALID_ORDER);
            for (Stated stated : learnt) {
                touched.add(stated);
                Stated before = known.lower(stated);
                if (before != null) {
                    touched.add(before);
                }
            }
            for (Stated stated : touched) {
                Stated next = known.higher(stated);
                Instant validTo = next == null ? null : next.validFrom();
                Version current = shown.get(stated.key());
                if (current == null || !Objects.equals(current.validTo(), validTo)) {
                    if (current != null) {
                        versions.add(new Version(current.key(), current.validFrom(), current.validTo(),
                                current.recordedFrom(), moment));
                    }
                    shown.put(stated.key(), new Version(stated.key(), stated.validFrom(), validTo, moment, null));
                }
            }
        });
        versions.addAll(shown.values());
        return versions;
    }
}
