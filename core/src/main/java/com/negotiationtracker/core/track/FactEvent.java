package com.negotiationtracker.core.track;

import com.negotiationtracker.core.actor.ActorId;

import java.util.List;
import java.util.stream.Stream;

/** An event that records one diplomatic fact of a track. */
public interface FactEvent {

    TrackId track();

    Fact fact();

    /** The actors the fact is about, in the order they matter (participants, host then guest, party ...). */
    List<ActorId> actors();

    /** Every actor the fact names, including the one who asserted it: all must be in the directory. */
    default List<ActorId> namedActors() {
        return Stream.concat(actors().stream(), Stream.of(fact().provenance().assertedBy())).distinct().toList();
    }
}
