package com.negotiationtracker.core.channel;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.FactEvent;
import com.negotiationtracker.core.track.TrackId;

import java.util.List;

/** Direct contact between two parties stopped from the fact's valid time on (CAMEO 16x, reduce relations). */
public record DirectContactSuspended(TrackId track, Fact fact, List<ActorId> parties) implements FactEvent {

    public DirectContactSuspended {
        parties = List.copyOf(parties);
    }

    @Override
    public List<ActorId> actors() {
        return parties;
    }
}
