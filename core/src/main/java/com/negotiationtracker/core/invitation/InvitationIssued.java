package com.negotiationtracker.core.invitation;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.meeting.Venue;
import com.negotiationtracker.core.time.ValidTime;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.FactEvent;
import com.negotiationtracker.core.track.TrackId;

import java.util.List;

/** A host invited a guest (CAMEO 036, express intent to meet or negotiate). */
public record InvitationIssued(TrackId track, Fact fact, InvitationId invitation, ActorId host, ActorId guest,
                               Venue venue, ValidTime plannedFor) implements FactEvent {

    @Override
    public List<ActorId> actors() {
        return List.of(host, guest);
    }
}
