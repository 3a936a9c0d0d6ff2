package com.negotiationtracker.query.state;

import com.negotiationtracker.core.dossier.FactKind;

import java.time.Instant;
import java.util.Comparator;

/** A kept fact with the time the event store recorded it. */
record RecordedFact(KeptFact fact, Instant recordedAt) {

    /**
     * The order in which facts shape a history: by the start of their valid time; facts that start together in the
     * order they were recorded, then by id, so that the same facts always give the same history.
     */
    static final Comparator<RecordedFact> IN_VALID_TIME_ORDER = Comparator
            .comparing(RecordedFact::validFrom)
            .thenComparing(RecordedFact::recordedAt)
            .thenComparing(RecordedFact::id);

    /** The fact as the projection's table gives it back (its JSON read again), which is what histories are made of. */
    RecordedFact asStored() {
        return new RecordedFact(StateJson.read(StateJson.write(fact), KeptFact.class), recordedAt);
    }

    FactKind kind() {
        return fact.kind();
    }

    StateTime validTime() {
        return fact.validTime();
    }

    Instant validFrom() {
        return fact.validTime().from();
    }

    String id() {
        return fact.id();
    }

    /** Whether the record held this fact at record time {@code moment}. */
    boolean isRecordedBy(Instant moment) {
        return !recordedAt.isAfter(moment);
    }
}
