package com.negotiationtracker.core.measure;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.FactEvent;
import com.negotiationtracker.core.track.TrackId;

import java.util.List;

/** A prisoner swap between the parties took place (CAMEO 0841, release persons). */
public record PrisonerSwapCompleted(TrackId track, Fact fact, List<ActorId> parties, Integer releasedCount)
        implements FactEvent {

    public PrisonerSwapCompleted {
        parties = List.copyOf(parties);
    }

    @Override
    public List<ActorId> actors() {
        return parties;
    }
}
