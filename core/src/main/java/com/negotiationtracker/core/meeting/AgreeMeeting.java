package com.negotiationtracker.core.meeting;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.time.ValidTime;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.TrackCommand;
import com.negotiationtracker.core.track.TrackId;

import java.util.List;
import java.util.Objects;

/**
 * Records that the participants agreed to meet: Putin and Trump agreed to meet. It may follow a proposal of the same meeting or introduce it.
 * Participants are the principals; attendees come along (Vance and Rubio). {@code plannedFor} is null where no date
 * is reported.
 */
public record AgreeMeeting(TrackId track, Fact fact, MeetingId meeting, List<ActorId> participants,
                             List<ActorId> attendees, Venue venue, ValidTime plannedFor) implements TrackCommand {

    public AgreeMeeting {
        Objects.requireNonNull(meeting, "a meeting needs an id");
        participants = List.copyOf(participants == null ? List.of() : participants);
        attendees = List.copyOf(attendees == null ? List.of() : attendees);
        venue = venue == null ? Venue.unspecified() : venue;
    }
}
