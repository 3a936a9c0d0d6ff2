package com.negotiationtracker.core.claim;

import com.negotiationtracker.core.provenance.Provenance;
import com.negotiationtracker.core.track.FactId;
import com.negotiationtracker.core.track.TrackId;

/** The claim appeared again: another outlet, channel or document carried it, as its provenance says. */
public record ClaimAppeared(TrackId track, FactId claim, ReportId report, Provenance provenance)
        implements ClaimEvent {
}
