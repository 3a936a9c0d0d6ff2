package com.negotiationtracker.core.call;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.time.ReportedDuration;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.FactEvent;
import com.negotiationtracker.core.track.TrackId;

import java.util.List;

/** A call was held between the participants (CAMEO 041, discuss by telephone). */
public record CallHeld(TrackId track, Fact fact, List<ActorId> participants, ReportedDuration duration)
        implements FactEvent {

    public CallHeld {
        participants = List.copyOf(participants);
    }

    @Override
    public List<ActorId> actors() {
        return participants;
    }
}
