package com.negotiationtracker.query.state;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.call.CallHeld;
import com.negotiationtracker.core.channel.DirectContactSuspended;
import com.negotiationtracker.core.dossier.FactKind;
import com.negotiationtracker.core.invitation.InvitationAccepted;
import com.negotiationtracker.core.invitation.InvitationDeclined;
import com.negotiationtracker.core.invitation.InvitationIssued;
import com.negotiationtracker.core.invitation.InvitationWithdrawn;
import com.negotiationtracker.core.meeting.MeetingAgreed;
import com.negotiationtracker.core.meeting.MeetingCancelled;
import com.negotiationtracker.core.meeting.MeetingHeld;
import com.negotiationtracker.core.meeting.MeetingProposed;
import com.negotiationtracker.core.meeting.MeetingScheduled;
import com.negotiationtracker.core.meeting.MeetingVenueConsidered;
import com.negotiationtracker.core.talks.NegotiationsAgreed;
import com.negotiationtracker.core.track.FactEvent;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the state projection keeps of a fact whose histories it recomputes together with other facts' (channels, a
 * track's phase, an invitation, a meeting): only what those histories need, in the read model's own shape, so that
 * the table ({@code state_fact}) does not depend on how the event classes evolve.
 *
 * @param kind      the fact's kind (one of the dossier format's)
 * @param actors    a call's or meeting's participants, the parties of a suspension of contact or of talks agreed
 * @param attendees a meeting's attendees
 * @param host      an invitation's host
 * @param guest     an invitation's guest
 * @param venue     the venue a meeting or invitation fact names (null when it names none)
 * @param plannedFor the time a meeting or invitation fact plans for (null when it names none)
 * @param subject   the invitation ({@code invitation:ID}) or meeting ({@code meeting:ID}) the fact is about, or null
 */
record KeptFact(String track, String id, FactKind kind, StateTime validTime, List<String> actors,
                List<String> attendees, String host, String guest, VenueView venue, StateTime plannedFor,
                String subject) {

    private static final Set<FactKind> CHANNEL_KINDS =
            Set.of(FactKind.CALL, FactKind.MEETING_HELD, FactKind.CONTACT_SUSPENDED);
    private static final Set<FactKind> PHASE_KINDS = Set.of(FactKind.CALL, FactKind.CONTACT_SUSPENDED,
            FactKind.TALKS_AGREED, FactKind.MEETING_PROPOSED, FactKind.MEETING_AGREED, FactKind.MEETING_SCHEDULED,
            FactKind.MEETING_HELD, FactKind.INVITATION_ISSUED, FactKind.INVITATION_ACCEPTED);

    KeptFact {
        actors = List.copyOf(actors);
        attendees = List.copyOf(attendees);
    }

    /** What the projection keeps of a fact event, or nothing when the event shapes no shared history. */
    static Optional<KeptFact> of(FactEvent event) {
        KeptFact kept = null;
        if (event instanceof CallHeld call) {
            kept = of(event, FactKind.CALL, ids(call.participants()), null);
        } else if (event instanceof DirectContactSuspended suspension) {
            kept = of(event, FactKind.CONTACT_SUSPENDED, ids(suspension.parties()), null);
        } else if (event instanceof NegotiationsAgreed talks) {
            kept = of(event, FactKind.TALKS_AGREED, ids(talks.parties()), null);
        } else if (event instanceof MeetingProposed proposed) {
            kept = meeting(event, FactKind.MEETING_PROPOSED, proposed.meeting().value(), proposed.participants(),
                    proposed.attendees(), VenueView.of(proposed.venue()), StateTime.of(proposed.plannedFor()));
        } else if (event instanceof MeetingAgreed agreed) {
            kept = meeting(event, FactKind.MEETING_AGREED, agreed.meeting().value(), agreed.participants(),
                    agreed.attendees(), VenueView.of(agreed.venue()), StateTime.of(agreed.plannedFor()));
        } else if (event instanceof MeetingVenueConsidered considered) {
            kept = meeting(event, FactKind.MEETING_VENUE_CONSIDERED, considered.meeting().value(),
                    considered.participants(), considered.attendees(), VenueView.of(considered.venue()), null);
        } else if (event instanceof MeetingScheduled scheduled) {
            kept = meeting(event, FactKind.MEETING_SCHEDULED, scheduled.meeting().value(), scheduled.participants(),
                    scheduled.attendees(), VenueView.of(scheduled.venue()), StateTime.of(scheduled.plannedFor()));
        } else if (event instanceof MeetingHeld held) {
            kept = meeting(event, FactKind.MEETING_HELD, held.meeting().value(), held.participants(),
                    held.attendees(), VenueView.of(held.venue()), null);
        } else if (event instanceof MeetingCancelled cancelled) {
            kept = meeting(event, FactKind.MEETING_CANCELLED, cancelled.meeting().value(), cancelled.participants(),
                    cancelled.attendees(), VenueView.of(cancelled.venue()), null);
        } else if (event instanceof InvitationIssued issued) {
            kept = invitation(event, FactKind.INVITATION_ISSUED, issued.invitation().value(), issued.host(),
                    issued.guest(), VenueView.of(issued.venue()), StateTime.of(issued.plannedFor()));
        } else if (event instanceof InvitationAccepted accepted) {
            kept = invitation(event, FactKind.INVITATION_ACCEPTED, accepted.invitation().value(), accepted.host(),
                    accepted.guest(), null, null);
        } else if (event instanceof InvitationDeclined declined) {
            kept = invitation(event, FactKind.INVITATION_DECLINED, declined.invitation().value(), declined.host(),
                    declined.guest(), null, null);
        } else if (event instanceof InvitationWithdrawn withdrawn) {
            kept = invitation(event, FactKind.INVITATION_WITHDRAWN, withdrawn.invitation().value(), withdrawn.host(),
                    withdrawn.guest(), null, null);
        }
        return Optional.ofNullable(kept);
    }

    boolean shapesChannels() {
        return CHANNEL_KINDS.contains(kind);
    }

    boolean shapesPhase() {
        return PHASE_KINDS.contains(kind);
    }

    boolean concernsInvitation() {
        return kind.concernsInvitation();
    }

    boolean concernsMeeting() {
        return kind.concernsMeeting();
    }

    /** The id of the invitation or meeting the fact is about. */
    String subjectId() {
        return subject == null ? null : subject.substring(subject.indexOf(':') + 1);
    }

    private static KeptFact of(FactEvent event, FactKind kind, List<String> actors, String subject) {
        return new KeptFact(event.track().value(), event.fact().id().value(), kind,
                StateTime.of(event.fact().validTime()), actors, List.of(), null, null, null, null, subject);
    }

    private static KeptFact meeting(FactEvent event, FactKind kind, String meeting, List<ActorId> participants,
                                    List<ActorId> attendees, VenueView venue, StateTime plannedFor) {
        return new KeptFact(event.track().value(), event.fact().id().value(), kind,
                StateTime.of(event.fact().validTime()), ids(participants), ids(attendees), null, null, venue,
                plannedFor, "meeting:" + meeting);
    }

    private static KeptFact invitation(FactEvent event, FactKind kind, String invitation, ActorId host,
                                       ActorId guest, VenueView venue, StateTime plannedFor) {
        return new KeptFact(event.track().value(), event.fact().id().value(), kind,
                StateTime.of(event.fact().validTime()), List.of(), List.of(), host.value(), guest.value(), venue,
                plannedFor, "invitation:" + invitation);
    }

    private static List<String> ids(List<ActorId> actors) {
        return actors == null ? List.of() : actors.stream().map(ActorId::value).toList();
    }
}
