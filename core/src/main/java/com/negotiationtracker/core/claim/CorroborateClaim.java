package com.negotiationtracker.core.claim;

import com.negotiationtracker.core.provenance.Provenance;
import com.negotiationtracker.core.track.FactId;
import com.negotiationtracker.core.track.TrackId;

import java.util.Objects;

/** Records that another actor confirmed a claim. */
public record CorroborateClaim(TrackId track, FactId claim, ReportId report, Provenance provenance)
        implements ClaimCommand {

    public CorroborateClaim {
        Objects.requireNonNull(track, "which track is missing");
        Objects.requireNonNull(claim, "which claim (fact id) is missing");
        Objects.requireNonNull(report, "the report's id is missing");
        Objects.requireNonNull(provenance, "the report's provenance is missing");
    }
}
