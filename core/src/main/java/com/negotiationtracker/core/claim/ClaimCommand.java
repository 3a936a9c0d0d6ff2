package com.negotiationtracker.core.claim;

import com.negotiationtracker.core.provenance.Provenance;
import com.negotiationtracker.core.track.FactId;
import com.negotiationtracker.core.track.TrackCommand;

/** A command that records a later report about a claim of a track. */
public interface ClaimCommand extends TrackCommand {

    FactId claim();

    ReportId report();

    Provenance provenance();
}
