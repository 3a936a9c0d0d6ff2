package com.negotiationtracker.core.claim;

import com.negotiationtracker.core.provenance.Provenance;
import com.negotiationtracker.core.track.FactId;
import com.negotiationtracker.core.track.TrackId;

import java.util.Objects;

/** Records that a source gives another value for one field of a claim: another duration, venue, date ... */
public record DisputeClaim(TrackId track, FactId claim, ReportId report, ClaimField field, ClaimValue otherValue,
                           Provenance provenance) implements ClaimCommand {

    public DisputeClaim {
        Objects.requireNonNull(track, "which track is missing");
        Objects.requireNonNull(claim, "which claim (fact id) is missing");
        Objects.requireNonNull(report, "the report's id is missing");
        Objects.requireNonNull(field, "the disputed field is missing");
        Objects.requireNonNull(otherValue, "the other value is missing");
        Objects.requireNonNull(provenance, "the report's provenance is missing");
        field.requireFits(otherValue);
    }
}
