package com.negotiationtracker.core.invitation;

import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.TrackCommand;
import com.negotiationtracker.core.track.TrackId;

import java.util.Objects;

/** Records that the guest declined an invitation. The invitation must have been issued in the same track. */
public record DeclineInvitation(TrackId track, Fact fact, InvitationId invitation) implements TrackCommand {

    public DeclineInvitation {
        Objects.requireNonNull(invitation, "which invitation is missing");
    }
}
