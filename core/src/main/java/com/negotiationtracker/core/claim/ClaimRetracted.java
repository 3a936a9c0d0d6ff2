package com.negotiationtracker.core.claim;

import com.negotiationtracker.core.provenance.Provenance;
import com.negotiationtracker.core.track.FactId;
import com.negotiationtracker.core.track.TrackId;

/** A source withdrew the claim. The claim and everything said about it stay in the history, marked retracted. */
public record ClaimRetracted(TrackId track, FactId claim, ReportId report, Provenance provenance)
        implements ClaimEvent {
}
