package com.negotiationtracker.core.invitation;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.common.Rule;
import com.negotiationtracker.core.common.RuleViolation;

/**
 * An invitation as its track knows it: who invited whom, and whether it was answered or withdrawn. Immutable: each
 * step returns the invitation as it stands after that step.
 */
public record Invitation(InvitationId id, ActorId host, ActorId guest, Status status) {

    public enum Status { OPEN, ACCEPTED, DECLINED, WITHDRAWN }

    public static Invitation issued(InvitationId id, ActorId host, ActorId guest) {
        return new Invitation(id, host, guest, Status.OPEN);
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

    public Invitation accepted() {
        return new Invitation(id, host, guest, Status.ACCEPTED);
    }

    public Invitation declined() {
        return new Invitation(id, host, guest, Status.DECLINED);
    }

    public Invitation withdrawn() {
        return new Invitation(id, host, guest, Status.WITHDRAWN);
    }
}
