package com.negotiationtracker.core.claim;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.provenance.Provenance;
import com.negotiationtracker.core.track.FactId;
import com.negotiationtracker.core.track.TrackId;

import java.util.List;

/**
 * A later report about a recorded claim (a fact of a track): it appeared again, was corroborated, disputed,
 * corrected or retracted. Never a second fact: the claim stays one, and the reports pile up beside it.
 */
public interface ClaimEvent {

    TrackId track();

    /** The fact the report is about. */
    FactId claim();

    /** The report's own stable id. */
    ReportId report();

    /** Who said it this time, through which channel, in which source, with which words. */
    Provenance provenance();

    /** Every actor the report names: all must be in the directory. */
    default List<ActorId> namedActors() {
        return List.of(provenance().assertedBy());
    }
}
