package com.negotiationtracker.core.invitation;

import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.TrackCommand;
import com.negotiationtracker.core.track.TrackId;

import java.util.Objects;

/** Records that the host withdrew an invitation. The invitation must have been issued in the same track. */
public record WithdrawInvitation(TrackId track, Fact fact, InvitationId invitation) implements TrackCommand {

    public WithdrawInvitation {
        Objects.requireNonNull(invitation, "which invitation is missing");
    }
}
