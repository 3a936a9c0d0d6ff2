package com.negotiationtracker.core.claim;

import com.negotiationtracker.core.provenance.Provenance;
import com.negotiationtracker.core.track.FactId;
import com.negotiationtracker.core.track.TrackId;

import java.util.Objects;

/** Records that a source corrected one field of a claim; the claim's earlier value stays in the history. */
public record CorrectClaim(TrackId track, FactId claim, ReportId report, ClaimField field, ClaimValue correctedValue,
                           Provenance provenance) implements ClaimCommand {

    public CorrectClaim {
        Objects.requireNonNull(track, "which track is missing");
        Objects.requireNonNull(claim, "which claim (fact id) is missing");
        Objects.requireNonNull(report, "the report's id is missing");
        Objects.requireNonNull(field, "the corrected field is missing");
        Objects.requireNonNull(correctedValue, "the corrected value is missing");
        Objects.requireNonNull(provenance, "the report's provenance is missing");
        field.requireFits(correctedValue);
    }
}
