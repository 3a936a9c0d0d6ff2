package com.negotiationtracker.core.invitation;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.common.Rule;
import com.negotiationtracker.core.common.RuleViolation;

/** An invitation as its track knows it: who invited whom, and whether it was answered or withdrawn. */
public final class Invitation {

    private enum Status { OPEN, ACCEPTED, DECLINED, WITHDRAWN }

    private final InvitationId id;
    private final ActorId host;
    private final ActorId guest;
    private Status status = Status.OPEN;

    public Invitation(InvitationId id, ActorId host, ActorId guest) {
        this.id = id;
        this.host = host;
        this.guest = guest;
    }

    public ActorId host() {
        return host;
    }

    public ActorId guest() {
        return guest;
    }

    /** An invitation is answered once, and a withdrawn one not at all. */
    public void requireAnswerable() {
        requireNotWithdrawn();
        if (status != Status.OPEN) {
            throw new RuleViolation(Rule.INVITATION_ANSWERED_ONCE,
                    "invitation '" + id + "' was already " + status.name().toLowerCase());
        }
    }

    public void requireNotWithdrawn() {
        if (status == Status.WITHDRAWN) {
            throw new RuleViolation(Rule.WITHDRAWN_INVITATION_IS_CLOSED, "invitation '" + id + "' was withdrawn");
        }
    }

    public void accepted() {
        status = Status.ACCEPTED;
    }

    public void declined() {
        status = Status.DECLINED;
    }

    public void withdrawn() {
        status = Status.WITHDRAWN;
    }
}
