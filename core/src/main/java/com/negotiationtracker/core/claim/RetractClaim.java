package com.negotiationtracker.core.claim;

import com.negotiationtracker.core.provenance.Provenance;
import com.negotiationtracker.core.track.FactId;
import com.negotiationtracker.core.track.TrackId;

import java.util.Objects;

/** Records that a source withdrew a claim. */
public record RetractClaim(TrackId track, FactId claim, ReportId report, Provenance provenance)
        implements ClaimCommand {

    public RetractClaim {
        Objects.requireNonNull(track, "which track is missing");
        Objects.requireNonNull(claim, "which claim (fact id) is missing");
        Objects.requireNonNull(report, "the report's id is missing");
        Objects.requireNonNull(provenance, "the report's provenance is missing");
    }
}
