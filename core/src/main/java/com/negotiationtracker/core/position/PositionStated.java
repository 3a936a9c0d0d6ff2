package com.negotiationtracker.core.position;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.FactEvent;
import com.negotiationtracker.core.track.TrackId;

import java.util.List;

/** A party stated its stance on an issue (CAMEO 01x, make public statement). */
public record PositionStated(TrackId track, Fact fact, ActorId party, Issue issue, String stance)
        implements FactEvent {

    @Override
    public List<ActorId> actors() {
        return List.of(party);
    }
}
