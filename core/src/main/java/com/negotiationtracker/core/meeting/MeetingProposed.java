package com.negotiationtracker.core.meeting;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.time.ValidTime;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.FactEvent;
import com.negotiationtracker.core.track.TrackId;

import java.util.ArrayList;
import java.util.List;

/** A meeting was proposed (CAMEO 036, express intent to meet). */
public record MeetingProposed(TrackId track, Fact fact, MeetingId meeting, List<ActorId> participants,
                             List<ActorId> attendees, Venue venue, ValidTime plannedFor) implements FactEvent {

    public MeetingProposed {
        participants = List.copyOf(participants);
        attendees = List.copyOf(attendees);
    }

    @Override
    public List<ActorId> actors() {
        List<ActorId> actors = new ArrayList<>(participants);
        actors.addAll(attendees);
        return List.copyOf(actors);
    }
}
