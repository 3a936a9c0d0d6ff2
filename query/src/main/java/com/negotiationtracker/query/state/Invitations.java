package com.negotiationtracker.query.state;

import java.util.List;

/** An invitation in valid time, from its facts: open from its issue, then accepted, declined or withdrawn. */
final class Invitations {

    private Invitations() {
    }

    static List<Stretch> history(String track, String invitation, List<RecordedFact> facts) {
        ValidHistory history = new ValidHistory();
        InvitationState state = null;
        for (RecordedFact fact : facts.stream().sorted(RecordedFact.IN_VALID_TIME_ORDER).toList()) {
            state = next(state, track, invitation, fact);
            history.change(fact.validFrom(), state.status().name(), state);
        }
        return history.stretches();
    }

    static InvitationState next(InvitationState before, String track, String invitation, RecordedFact fact) {
        KeptFact kept = fact.fact();
        switch (fact.kind()) {
            case INVITATION_ISSUED -> {
                VenueView venue = kept.venue() == null ? VenueView.UNSPECIFIED : kept.venue();
                if (before != null) { // an answer dated earlier than the invitation: the answer's status stands
                    return new InvitationState(track, invitation, kept.host(), kept.guest(), venue, kept.plannedFor(),
                            before.status(), before.since(), before.sinceFact(), fact.validTime());
                }
                return new InvitationState(track, invitation, kept.host(), kept.guest(), venue, kept.plannedFor(),
                        InvitationStatus.OPEN, fact.validTime(), fact.id(), fact.validTime());
            }
            case INVITATION_ACCEPTED -> {
                return answered(before, track, invitation, InvitationStatus.ACCEPTED, fact);
            }
            case INVITATION_DECLINED -> {
                return answered(before, track, invitation, InvitationStatus.DECLINED, fact);
            }
            case INVITATION_WITHDRAWN -> {
                return answered(before, track, invitation, InvitationStatus.WITHDRAWN, fact);
            }
            default -> throw new IllegalArgumentException(fact.kind().label() + " is no invitation fact");
        }
    }

    private static InvitationState answered(InvitationState before, String track, String invitation,
                                            InvitationStatus status, RecordedFact fact) {
        KeptFact kept = fact.fact();
        return new InvitationState(track, invitation, kept.host(), kept.guest(),
                before == null ? VenueView.UNSPECIFIED : before.venue(), before == null ? null : before.plannedFor(),
                status, fact.validTime(), fact.id(), before == null ? null : before.issued());
    }
}
