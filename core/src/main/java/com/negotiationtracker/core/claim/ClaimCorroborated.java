package com.negotiationtracker.core.claim;

import com.negotiationtracker.core.provenance.Provenance;
import com.negotiationtracker.core.track.FactId;
import com.negotiationtracker.core.track.TrackId;

/** Another actor confirmed the claim, as its provenance says: a corroboration is an appearance of the claim too. */
public record ClaimCorroborated(TrackId track, FactId claim, ReportId report, Provenance provenance)
        implements ClaimEvent {
}
