package com.negotiationtracker.query.timeline;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.call.CallHeld;
import com.negotiationtracker.core.channel.DirectContactSuspended;
import com.negotiationtracker.core.dossier.FactKind;
import com.negotiationtracker.core.invitation.InvitationAccepted;
import com.negotiationtracker.core.invitation.InvitationDeclined;
import com.negotiationtracker.core.invitation.InvitationIssued;
import com.negotiationtracker.core.invitation.InvitationWithdrawn;
import com.negotiationtracker.core.measure.PrisonerSwapCompleted;
import com.negotiationtracker.core.meeting.MeetingAgreed;
import com.negotiationtracker.core.meeting.MeetingCancelled;
import com.negotiationtracker.core.meeting.MeetingHeld;
import com.negotiationtracker.core.meeting.MeetingProposed;
import com.negotiationtracker.core.meeting.MeetingScheduled;
import com.negotiationtracker.core.meeting.MeetingVenueConsidered;
import com.negotiationtracker.core.meeting.Venue;
import com.negotiationtracker.core.position.DemandMade;
import com.negotiationtracker.core.position.Issue;
import com.negotiationtracker.core.position.PositionStated;
import com.negotiationtracker.core.position.ProposalMade;
import com.negotiationtracker.core.position.SecurityGuaranteeOffered;
import com.negotiationtracker.core.statement.StatementMade;
import com.negotiationtracker.core.talks.NegotiationsAgreed;
import com.negotiationtracker.core.time.ReportedDuration;
import com.negotiationtracker.core.time.ValidTime;
import com.negotiationtracker.core.track.FactEvent;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The kind of each fact event, in the words of the dossier format ({@link FactKind#label()}: {@code call},
 * {@code invitation-issued} ...), its kind-specific details for the timeline, and the issues it concerns. Details are
 * plain maps of strings, numbers, booleans, lists and maps, so that they store as JSON and travel through any
 * serializer.
 */
final class FactKinds {

    private static final Map<Class<? extends FactEvent>, Kind<?>> KINDS = new LinkedHashMap<>();

    static {
        kind(CallHeld.class, FactKind.CALL, e -> details()
                .with("participants", ids(e.participants()))
                .with("duration", duration(e.duration())));
        kind(StatementMade.class, FactKind.STATEMENT, e -> details()
                .with("speaker", id(e.speaker()))
                .with("channel", e.channel())
                .with("issues", issues(e.issues())), StatementMade::issues);
        kind(NegotiationsAgreed.class, FactKind.TALKS_AGREED, e -> details().with("parties", ids(e.parties())));
        kind(DirectContactSuspended.class, FactKind.CONTACT_SUSPENDED, e -> details()
                .with("parties", ids(e.parties())));
        kind(PrisonerSwapCompleted.class, FactKind.PRISONER_SWAP, e -> details()
                .with("parties", ids(e.parties()))
                .with("releasedCount", e.releasedCount()));
        kind(PositionStated.class, FactKind.POSITION, e -> details()
                .with("party", id(e.party()))
                .with("issue", issue(e.issue()))
                .with("stance", e.stance()), e -> List.of(e.issue()));
        kind(DemandMade.class, FactKind.DEMAND, e -> details()
                .with("party", id(e.party()))
                .with("addressee", id(e.addressee()))
                .with("issue", issue(e.issue()))
                .with("demand", e.demand()), e -> List.of(e.issue()));
        kind(ProposalMade.class, FactKind.PROPOSAL, e -> details()
                .with("proposer", id(e.proposer()))
                .with("addressee", id(e.addressee()))
                .with("issue", issue(e.issue()))
                .with("proposal", e.proposal()), e -> List.of(e.issue()));
        kind(SecurityGuaranteeOffered.class, FactKind.SECURITY_GUARANTEE, e -> details()
                .with("guarantors", ids(e.guarantors()))
                .with("beneficiary", id(e.beneficiary()))
                .with("terms", e.terms()));
        kind(InvitationIssued.class, FactKind.INVITATION_ISSUED, e -> details()
                .with("invitation", e.invitation().value())
                .with("host", id(e.host()))
                .with("guest", id(e.guest()))
                .with("venue", venue(e.venue()))
                .with("plannedFor", validTime(e.plannedFor())));
        kind(InvitationAccepted.class, FactKind.INVITATION_ACCEPTED, e -> details()
                .with("invitation", e.invitation().value())
                .with("host", id(e.host()))
                .with("guest", id(e.guest())));
        kind(InvitationDeclined.class, FactKind.INVITATION_DECLINED, e -> details()
                .with("invitation", e.invitation().value())
                .with("host", id(e.host()))
                .with("guest", id(e.guest())));
        kind(InvitationWithdrawn.class, FactKind.INVITATION_WITHDRAWN, e -> details()
                .with("invitation", e.invitation().value())
                .with("host", id(e.host()))
                .with("guest", id(e.guest())));
        kind(MeetingProposed.class, FactKind.MEETING_PROPOSED, e -> meeting(e.meeting().value(), e.participants(),
                e.attendees(), e.venue()).with("plannedFor", validTime(e.plannedFor())));
        kind(MeetingAgreed.class, FactKind.MEETING_AGREED, e -> meeting(e.meeting().value(), e.participants(),
                e.attendees(), e.venue()).with("plannedFor", validTime(e.plannedFor())));
        kind(MeetingVenueConsidered.class, FactKind.MEETING_VENUE_CONSIDERED, e -> meeting(e.meeting().value(),
                e.participants(), e.attendees(), e.venue()));
        kind(MeetingScheduled.class, FactKind.MEETING_SCHEDULED, e -> meeting(e.meeting().value(), e.participants(),
                e.attendees(), e.venue()).with("plannedFor", validTime(e.plannedFor())));
        kind(MeetingHeld.class, FactKind.MEETING_HELD, e -> meeting(e.meeting().value(), e.participants(),
                e.attendees(), e.venue()));
        kind(MeetingCancelled.class, FactKind.MEETING_CANCELLED, e -> meeting(e.meeting().value(), e.participants(),
                e.attendees(), e.venue()));
    }

    private FactKinds() {
    }

    /** The kind name of an event, as the whole application names it. */
    static String nameOf(FactEvent event) {
        return FactKind.nameOf(event);
    }

    static boolean isMapped(FactEvent event) {
        return KINDS.containsKey(event.getClass());
    }

    /** The kind-specific details of an event, without the fields every fact has; empty for an unknown kind. */
    static Map<String, Object> detailsOf(FactEvent event) {
        return kindOf(event).map(kind -> kind.details(event)).orElseGet(Map::of);
    }

    /** The issues an event concerns (a statement's, a position's, a demand's, a proposal's), as slugs. */
    static List<String> issuesOf(FactEvent event) {
        return kindOf(event).map(kind -> kind.issues(event)).orElseGet(List::of);
    }

    private static Optional<Kind<?>> kindOf(FactEvent event) {
        return Optional.ofNullable(KINDS.get(event.getClass()));
    }

    private static <E extends FactEvent> void kind(Class<E> type, FactKind kind, Function<E, Details> details) {
        kind(type, kind, details, e -> List.of());
    }

    private static <E extends FactEvent> void kind(Class<E> type, FactKind kind, Function<E, Details> details,
                                                   Function<E, List<Issue>> issues) {
        KINDS.put(type, new Kind<>(type, kind, details, issues));
    }

    private record Kind<E extends FactEvent>(Class<E> type, FactKind kind, Function<E, Details> details,
                                             Function<E, List<Issue>> issues) {

        Map<String, Object> details(FactEvent event) {
            return details.apply(type.cast(event)).map;
        }

        List<String> issues(FactEvent event) {
            return issues.apply(type.cast(event)).stream().map(Issue::value).distinct().toList();
        }
    }

    private static Details meeting(String meeting, List<ActorId> participants, List<ActorId> attendees,
                                   Venue venue) {
        return details()
                .with("meeting", meeting)
                .with("participants", ids(participants))
                .with("attendees", ids(attendees))
                .with("venue", venue(venue));
    }

    private static Details details() {
        return new Details();
    }

    private static String id(ActorId actor) {
        return actor == null ? null : actor.value();
    }

    private static List<String> ids(Collection<ActorId> actors) {
        return actors == null ? null : actors.stream().map(ActorId::value).toList();
    }

    private static String issue(Issue issue) {
        return issue == null ? null : issue.value();
    }

    private static List<String> issues(Collection<Issue> issues) {
        return issues == null ? null : issues.stream().map(Issue::value).toList();
    }

    private static Map<String, Object> duration(ReportedDuration duration) {
        return duration == null ? null : details()
                .with("value", duration.value())
                .with("approximate", duration.approximate())
                .with("asReported", duration.asReported()).map;
    }

    private static Map<String, Object> venue(Venue venue) {
        return venue == null ? null : details()
                .with("kind", venue.kind().name())
                .with("place", venue.place())
                .with("country", id(venue.country())).map;
    }

    private static Map<String, Object> validTime(ValidTime time) {
        return time == null ? null : details()
                .with("value", time.value())
                .with("precision", time.precision().name())
                .with("approximate", time.approximate())
                .with("from", time.start().toString())
                .with("until", time.end().toString()).map;
    }

    /** An ordered map that leaves out what the reporting does not say (null values). */
    private static final class Details {
        private final Map<String, Object> map = new LinkedHashMap<>();

        Details with(String key, Object value) {
            if (value != null) {
                map.put(key, value);
            }
            return this;
        }
    }
}
