package com.negotiationtracker.core.talks;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.FactEvent;
import com.negotiationtracker.core.track.TrackId;

import java.util.List;

/** Parties agreed to start negotiations (CAMEO 036, express intent to meet or negotiate). */
public record NegotiationsAgreed(TrackId track, Fact fact, List<ActorId> parties) implements FactEvent {

    public NegotiationsAgreed {
        parties = List.copyOf(parties);
    }

    @Override
    public List<ActorId> actors() {
        return parties;
    }
}
