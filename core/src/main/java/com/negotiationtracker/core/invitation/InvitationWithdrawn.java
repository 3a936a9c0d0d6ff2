package com.negotiationtracker.core.invitation;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.FactEvent;
import com.negotiationtracker.core.track.TrackId;

import java.util.List;

/** The host withdrew the invitation. Host and guest are repeated from the invitation so that the event reads on its own. */
public record InvitationWithdrawn(TrackId track, Fact fact, InvitationId invitation, ActorId host, ActorId guest)
        implements FactEvent {

    @Override
    public List<ActorId> actors() {
        return List.of(host, guest);
    }
}
