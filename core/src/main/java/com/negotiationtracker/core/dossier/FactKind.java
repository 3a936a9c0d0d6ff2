package com.negotiationtracker.core.dossier;

import com.negotiationtracker.core.call.CallHeld;
import com.negotiationtracker.core.channel.DirectContactSuspended;
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
import com.negotiationtracker.core.position.DemandMade;
import com.negotiationtracker.core.position.PositionStated;
import com.negotiationtracker.core.position.ProposalMade;
import com.negotiationtracker.core.position.SecurityGuaranteeOffered;
import com.negotiationtracker.core.statement.StatementMade;
import com.negotiationtracker.core.talks.NegotiationsAgreed;
import com.negotiationtracker.core.track.FactEvent;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kinds of fact a dossier can hold, each the {@code kind} an editor writes and the fields it takes besides the
 * ones every fact has. Each kind maps to one command of the write side.
 */
public enum FactKind {
    /** {@code RecordCall}. */
    CALL("call", "participants", "duration"),
    /** {@code RecordStatement}. */
    STATEMENT("statement", "speaker", "channel", "issues"),
    /** {@code RecordTalksAgreement}. */
    TALKS_AGREED("talks-agreed", "parties"),
    /** {@code RecordContactSuspension}. */
    CONTACT_SUSPENDED("contact-suspended", "parties"),
    /** {@code RecordPrisonerSwap}. */
    PRISONER_SWAP("prisoner-swap", "parties", "releasedCount"),
    /** {@code StatePosition}. */
    POSITION("position", "party", "issue", "stance"),
    /** {@code MakeDemand}. */
    DEMAND("demand", "party", "addressee", "issue", "demand"),
    /** {@code MakeProposal}. */
    PROPOSAL("proposal", "proposer", "addressee", "issue", "proposal"),
    /** {@code OfferSecurityGuarantee}. */
    SECURITY_GUARANTEE("security-guarantee", "guarantors", "beneficiary", "terms"),
    /** {@code IssueInvitation}. */
    INVITATION_ISSUED("invitation-issued", "invitation", "host", "guest", "venue", "plannedFor"),
    /** {@code AcceptInvitation}. */
    INVITATION_ACCEPTED("invitation-accepted", "invitation"),
    /** {@code DeclineInvitation}. */
    INVITATION_DECLINED("invitation-declined", "invitation"),
    /** {@code WithdrawInvitation}. */
    INVITATION_WITHDRAWN("invitation-withdrawn", "invitation"),
    /** {@code ProposeMeeting}. */
    MEETING_PROPOSED("meeting-proposed", "meeting", "participants", "attendees", "venue", "plannedFor"),
    /** {@code AgreeMeeting}. */
    MEETING_AGREED("meeting-agreed", "meeting", "participants", "attendees", "venue", "plannedFor"),
    /** {@code ConsiderVenue}. */
    MEETING_VENUE_CONSIDERED("meeting-venue-considered", "meeting", "venue"),
    /** {@code ScheduleMeeting}. */
    MEETING_SCHEDULED("meeting-scheduled", "meeting", "plannedFor", "venue"),
    /** {@code HoldMeeting}. */
    MEETING_HELD("meeting-held", "meeting"),
    /** {@code CancelMeeting}. */
    MEETING_CANCELLED("meeting-cancelled", "meeting");

    /** The fields every fact has, whatever its kind. */
    public static final List<String> COMMON_FIELDS =
            List.of("id", "kind", "track", "summary", "validTime", "provenance");

    private final String label;
    private final List<String> fields;

    FactKind(String label, String... fields) {
        this.label = label;
        this.fields = List.of(fields);
    }

    /** What an editor writes as the fact's {@code kind}, such as {@code meeting-proposed}. */
    public String label() {
        return label;
    }

    /** The fields of this kind besides {@link #COMMON_FIELDS}. */
    public List<String> fields() {
        return fields;
    }

    /** Every field a fact of this kind may have, common ones first. */
    public Set<String> allFields() {
        Set<String> all = new LinkedHashSet<>(COMMON_FIELDS);
        all.addAll(fields);
        return all;
    }

    public boolean concernsInvitation() {
        return fields.contains("invitation");
    }

    public boolean concernsMeeting() {
        return fields.contains("meeting");
    }

    public static Optional<FactKind> of(String label) {
        return Arrays.stream(values()).filter(kind -> kind.label.equals(label)).findFirst();
    }

    /** Every kind's label, in the order above: for error messages and documentation. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(FactKind::label).toList();
    }

    /**
     * The kind of a recorded fact event, in the dossier's words ({@code CallHeld} is {@code call}); empty for an
     * event type no dossier kind records.
     */
    public static Optional<FactKind> ofEvent(FactEvent event) {
        return Optional.ofNullable(BY_EVENT.get(event.getClass()));
    }

    /**
     * The name of a recorded fact's kind, as every read model, export and feed names it: the dossier's word for its
     * kind, or, for an event type no dossier kind records yet, its class name in lower-case words
     * ({@code TruceDeclared} is {@code truce-declared}) so that it is shown rather than dropped.
     */
    public static String nameOf(FactEvent event) {
        return ofEvent(event).map(FactKind::label).orElseGet(() -> event.getClass().getSimpleName()
                .replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT));
    }

    private static final Map<Class<? extends FactEvent>, FactKind> BY_EVENT = Map.ofEntries(
            Map.entry(CallHeld.class, CALL),
            Map.entry(StatementMade.class, STATEMENT),
            Map.entry(NegotiationsAgreed.class, TALKS_AGREED),
            Map.entry(DirectContactSuspended.class, CONTACT_SUSPENDED),
            Map.entry(PrisonerSwapCompleted.class, PRISONER_SWAP),
            Map.entry(PositionStated.class, POSITION),
            Map.entry(DemandMade.class, DEMAND),
            Map.entry(ProposalMade.class, PROPOSAL),
            Map.entry(SecurityGuaranteeOffered.class, SECURITY_GUARANTEE),
            Map.entry(InvitationIssued.class, INVITATION_ISSUED),
            Map.entry(InvitationAccepted.class, INVITATION_ACCEPTED),
            Map.entry(InvitationDeclined.class, INVITATION_DECLINED),
            Map.entry(InvitationWithdrawn.class, INVITATION_WITHDRAWN),
            Map.entry(MeetingProposed.class, MEETING_PROPOSED),
            Map.entry(MeetingAgreed.class, MEETING_AGREED),
            Map.entry(MeetingVenueConsidered.class, MEETING_VENUE_CONSIDERED),
            Map.entry(MeetingScheduled.class, MEETING_SCHEDULED),
            Map.entry(MeetingHeld.class, MEETING_HELD),
            Map.entry(MeetingCancelled.class, MEETING_CANCELLED));

    /** Every field any fact may have. */
    static Set<String> anyFields() {
        return Arrays.stream(values()).flatMap(kind -> kind.allFields().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
