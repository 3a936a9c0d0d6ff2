package com.negotiationtracker.core.dossier;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
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

    /** Every field any fact may have. */
    static Set<String> anyFields() {
        return Arrays.stream(values()).flatMap(kind -> kind.allFields().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
