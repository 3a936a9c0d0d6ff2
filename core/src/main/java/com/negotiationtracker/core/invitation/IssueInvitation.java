package com.negotiationtracker.core.invitation;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.meeting.Venue;
import com.negotiationtracker.core.time.ValidTime;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.TrackCommand;
import com.negotiationtracker.core.track.TrackId;

import java.util.Objects;

/**
 * Records that a host invited a guest, to a venue (Putin invited Trump to Moscow), for a time if one was named
 * ({@code plannedFor} null otherwise).
 */
public record IssueInvitation(TrackId track, Fact fact, InvitationId invitation, ActorId host, ActorId guest,
                              Venue venue, ValidTime plannedFor) implements TrackCommand {

    public IssueInvitation {
        Objects.requireNonNull(invitation, "an invitation needs an id");
        Objects.requireNonNull(host, "an invitation needs a host");
        Objects.requireNonNull(guest, "an invitation needs a guest");
        venue = venue == null ? Venue.unspecified() : venue;
    }
}
