package com.negotiationtracker.core.meeting;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.FactEvent;
import com.negotiationtracker.core.track.TrackId;

import java.util.ArrayList;
import java.util.List;

/** A meeting was called off. Venue, participants and attendees are repeated from the meeting. */
public record MeetingCancelled(TrackId track, Fact fact, MeetingId meeting, Venue venue, List<ActorId> participants,
                     List<ActorId> attendees) implements FactEvent {

    public MeetingCancelled {
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
