package com.negotiationtracker.core.claim;

import com.negotiationtracker.core.provenance.Provenance;
import com.negotiationtracker.core.track.FactId;
import com.negotiationtracker.core.track.TrackId;

import java.util.Objects;

/** Records that a claim appeared again: a later report repeats it, in another source or channel. */
public record RecordAppearance(TrackId track, FactId claim, ReportId report, Provenance provenance)
        implements ClaimCommand {

    public RecordAppearance {
        Objects.requireNonNull(track, "which track is missing");
        Objects.requireNonNull(claim, "which claim (fact id) is missing");
        Objects.requireNonNull(report, "the report's id is missing");
        Objects.requireNonNull(provenance, "the report's provenance is missing");
    }
}
