package com.negotiationtracker.core.measure;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.TrackCommand;
import com.negotiationtracker.core.track.TrackId;

import java.util.List;

/**
 * Records a prisoner swap between parties, a confidence-building measure. {@code releasedCount} is null where the
 * reporting gives no number.
 */
public record RecordPrisonerSwap(TrackId track, Fact fact, List<ActorId> parties, Integer releasedCount)
        implements TrackCommand {

    public RecordPrisonerSwap {
        parties = List.copyOf(parties == null ? List.of() : parties);
    }
}
