package com.negotiationtracker.query.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects how something changed in valid time, in valid-time order, and gives it back as stretches: of changes at the
 * same instant the last counts, and neighbouring stretches in the same state are one.
 */
final class ValidHistory {

    /**
     * Where a history that holds "since ever" starts (a track before any of its facts). Valid times are years 0000 to
     * 9999, so a fact can start before it only in year 0000; {@link #since(Instant)} keeps such a history in order.
     */
    static final Instant SINCE_EVER = Instant.parse("0001-01-01T00:00:00Z");

    private final List<Stretch> changes = new ArrayList<>();

    /** From {@code from} on, the thing is in this state (until a later change). */
    ValidHistory change(Instant from, String status, Object state) {
        if (!changes.isEmpty() && from.isBefore(changes.get(changes.size() - 1).validFrom())) {
            throw new IllegalArgumentException("changes must come in valid-time order: " + from + " after "
                    + changes.get(changes.size() - 1).validFrom());
        }
        changes.add(new Stretch(from, null, status, state));
        return this;
    }

    /** The start of a "since ever" history whose first fact starts at {@code firstFact} (null when it has none). */
    static Instant since(Instant firstFact) {
        return firstFact != null && firstFact.isBefore(SINCE_EVER) ? firstFact : SINCE_EVER;
    }

    List<Stretch> stretches() {
        List<Stretch> stretches = new ArrayList<>();
        for (Stretch change : changes) {
            Stretch last = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
            if (last != null && last.validFrom().equals(change.validFrom())) {
                stretches.remove(stretches.size() - 1);
                last = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
            }
            if (last != null && sameState(last, change)) {
                continue; // the earlier stretch goes on
            }
            stretches.add(change);
        }
        List<Stretch> closed = new ArrayList<>(stretches.size());
        for (int i = 0; i < stretches.size(); i++) {
            Stretch stretch = stretches.get(i);
            Instant to = i + 1 < stretches.size() ? stretches.get(i + 1).validFrom() : null;
            closed.add(new Stretch(stretch.validFrom(), to, stretch.status(), stretch.state()));
        }
        return closed;
    }

    private static boolean sameState(Stretch a, Stretch b) {
        return Objects.equals(a.status(), b.status()) && Objects.equals(a.state(), b.state());
    }
}
