package com.negotiationtracker.query.state;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * Where the facts of one history end: the latest valid start and the latest record time among them.
 * <p>
 * A fact that starts strictly after every other fact of a history, and was recorded no earlier than any of them, is the
 * last of them in {@link RecordedFact#IN_VALID_TIME_ORDER} as the record stands at its record time, and nothing
 * recorded later is known yet: the history it makes is the history before it with one more change at its valid start.
 */
record Tail(Instant lastValidFrom, Instant lastRecordedAt) {

    /** The tail of the given facts, or none when there are none. */
    static Optional<Tail> of(Collection<RecordedFact> facts) {
        return facts.stream()
                .map(fact -> new Tail(fact.validFrom(), fact.recordedAt()))
                .reduce(Tail::union);
    }

    /** Whether {@code fact} comes after every fact of this tail in both valid and record time. */
    boolean isFollowedBy(RecordedFact fact) {
        return fact.validFrom().isAfter(lastValidFrom) && !fact.recordedAt().isBefore(lastRecordedAt);
    }

    /** The tail once {@code fact} is added. */
    Tail extendedBy(RecordedFact fact) {
        return union(new Tail(fact.validFrom(), fact.recordedAt()));
    }

    private Tail union(Tail other) {
        return new Tail(later(lastValidFrom, other.lastValidFrom), later(lastRecordedAt, other.lastRecordedAt));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
