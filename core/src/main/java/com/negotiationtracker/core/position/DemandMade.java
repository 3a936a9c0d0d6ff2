package com.negotiationtracker.core.position;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.FactEvent;
import com.negotiationtracker.core.track.TrackId;

import java.util.List;

/** A party made a demand of another (CAMEO 10x, demand). */
public record DemandMade(TrackId track, Fact fact, ActorId party, ActorId addressee, Issue issue, String demand)
        implements FactEvent {

    @Override
    public List<ActorId> actors() {
        return List.of(party, addressee);
    }
}
