package com.negotiationtracker.query.export;

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
import com.negotiationtracker.core.meeting.VenueKind;
import com.negotiationtracker.core.position.DemandMade;
import com.negotiationtracker.core.position.Issue;
import com.negotiationtracker.core.position.PositionStated;
import com.negotiationtracker.core.position.ProposalMade;
import com.negotiationtracker.core.position.SecurityGuaranteeOffered;
import com.negotiationtracker.core.statement.StatementMade;
import com.negotiationtracker.core.talks.NegotiationsAgreed;
import com.negotiationtracker.core.track.FactEvent;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How each kind of fact is coded in PLOVER (event, mode, context; who acts and who is acted upon) and which CAMEO code
 * fits it. The PLOVER values are those of the PLOVER manual (event categories, modes and contexts tables) and the CAMEO
 * codes those of the CAMEO codebook, with the PLOVER equivalents of its CAMEO-to-PLOVER table. Where no code fits a
 * kind, none is given rather than a near miss.
 * <pre>
 * kind                      PLOVER event  mode         context     CAMEO  actor -> recipient
 * call                      CONSULT       phone                    041    participants (all as actors: reciprocal)
 * statement                 (none)                                 010    speaker
 * position                  (none)                                 010    party
 * talks-agreed              AGREE                      diplomatic  036    parties ("express intent to negotiate")
 * contact-suspended         SANCTION      sever        diplomatic  160    parties ("reduce relations")
 * prisoner-swap             RETREAT       release      legal       0841   parties ("return, release persons")
 * demand                    DEMAND        by issue     by issue    10x    party -> addressee (see DEMANDS below)
 * proposal                  AGREE                      economic    0311   proposer -> addressee, on minerals
 *                           AGREE                      diplomatic  030    proposer -> addressee, otherwise
 * security-guarantee        AGREE                      military    0334   guarantors -> beneficiary ("express
 *                                                                         intent to provide military protection")
 * invitation-issued         AGREE                      diplomatic  036    host -> guest
 * invitation-accepted       AGREE                      diplomatic  036    guest -> host
 * invitation-declined       REJECT        meet         diplomatic  125    guest -> host ("reject proposal to meet")
 * invitation-withdrawn      SANCTION      cancel       diplomatic  -      host -> guest
 * meeting-proposed/-agreed/
 *   -scheduled              AGREE                      diplomatic  036    participants and attendees
 * meeting-venue-considered  (none)                                 014    participants ("consider policy option")
 * meeting-held              CONSULT       third-party              044    in a third country
 *                           CONSULT                                040    elsewhere (host and visitor unknown)
 * meeting-cancelled         SANCTION      cancel       diplomatic  -      participants and attendees
 * </pre>
 * PLOVER codes no statements (CAMEO 01 was dropped), so statements, positions and a venue under consideration have
 * no PLOVER event, only their CAMEO code. Demands are coded by the issue demanded ({@link #DEMANDS}); a demand on any
 * other issue is CAMEO 100, "demand, not specified below". A kind this table does not know yet keeps its actors and
 * gets neither event nor code.
 */
final class PloverCoding {

    /** Demands by issue: CAMEO code, PLOVER mode and context. */
    static final Map<String, Coded> DEMANDS = Map.of(
            "territory", new Coded("105", "yield", "resource"),                   // demand that target yields
            "neutrality", new Coded("1042", "change", "political"),               // demand policy change
            "nato-membership", new Coded("1042", "change", "political"),          // demand policy change
            "military-support", new Coded("1032", "assist", "military"),          // demand military aid
            "security-guarantees", new Coded("1034", "assist", "military"),       // demand military protection
            "minerals", new Coded("1011", "assist", "economic"),                  // demand economic cooperation
            "kyiv-participation", new Coded("106", "meet", "diplomatic"));        // demand meeting, negotiation
    private static final Coded ANY_DEMAND = new Coded("100", null, null);

    private static final Map<Class<? extends FactEvent>, Rule<?>> RULES = new LinkedHashMap<>();

    static {
        rule(CallHeld.class, FactKind.CALL, e -> coding(e.participants(), "CONSULT", "phone", null, "041"));
        rule(StatementMade.class, FactKind.STATEMENT, e -> coding(List.of(e.speaker()), null, null, null, "010"));
        rule(PositionStated.class, FactKind.POSITION, e -> coding(List.of(e.party()), null, null, null, "010"));
        rule(NegotiationsAgreed.class, FactKind.TALKS_AGREED,
                e -> coding(e.parties(), "AGREE", null, "diplomatic", "036"));
        rule(DirectContactSuspended.class, FactKind.CONTACT_SUSPENDED,
                e -> coding(e.parties(), "SANCTION", "sever", "diplomatic", "160"));
        rule(PrisonerSwapCompleted.class, FactKind.PRISONER_SWAP,
                e -> coding(e.parties(), "RETREAT", "release", "legal", "0841"));
        rule(DemandMade.class, FactKind.DEMAND, e -> {
            Coded coded = DEMANDS.getOrDefault(issue(e.issue()), ANY_DEMAND);
            return new Coding(List.of(e.party()), List.of(e.addressee()), "DEMAND", coded.mode(), coded.context(),
                    coded.cameo());
        });
        rule(ProposalMade.class, FactKind.PROPOSAL, e -> "minerals".equals(issue(e.issue()))
                ? new Coding(List.of(e.proposer()), List.of(e.addressee()), "AGREE", null, "economic", "0311")
                : new Coding(List.of(e.proposer()), List.of(e.addressee()), "AGREE", null, "diplomatic", "030"));
        rule(SecurityGuaranteeOffered.class, FactKind.SECURITY_GUARANTEE,
                e -> new Coding(e.guarantors(), List.of(e.beneficiary()), "AGREE", null, "military", "0334"));
        rule(InvitationIssued.class, FactKind.INVITATION_ISSUED,
                e -> new Coding(List.of(e.host()), List.of(e.guest()), "AGREE", null, "diplomatic", "036"));
        rule(InvitationAccepted.class, FactKind.INVITATION_ACCEPTED,
                e -> new Coding(List.of(e.guest()), List.of(e.host()), "AGREE", null, "diplomatic", "036"));
        rule(InvitationDeclined.class, FactKind.INVITATION_DECLINED,
                e -> new Coding(List.of(e.guest()), List.of(e.host()), "REJECT", "meet", "diplomatic", "125"));
        rule(InvitationWithdrawn.class, FactKind.INVITATION_WITHDRAWN,
                e -> new Coding(List.of(e.host()), List.of(e.guest()), "SANCTION", "cancel", "diplomatic", null));
        rule(MeetingProposed.class, FactKind.MEETING_PROPOSED,
                e -> coding(e.actors(), "AGREE", null, "diplomatic", "036"));
        rule(MeetingAgreed.class, FactKind.MEETING_AGREED, e -> coding(e.actors(), "AGREE", null, "diplomatic", "036"));
        rule(MeetingScheduled.class, FactKind.MEETING_SCHEDULED,
                e -> coding(e.actors(), "AGREE", null, "diplomatic", "036"));
        rule(MeetingVenueConsidered.class, FactKind.MEETING_VENUE_CONSIDERED,
                e -> coding(e.participants(), null, null, null, "014"));
        rule(MeetingHeld.class, FactKind.MEETING_HELD, e -> e.venue() != null
                && e.venue().kind() == VenueKind.THIRD_COUNTRY
                ? coding(e.actors(), "CONSULT", "third-party", null, "044")
                : coding(e.actors(), "CONSULT", null, null, "040"));
        rule(MeetingCancelled.class, FactKind.MEETING_CANCELLED,
                e -> coding(e.actors(), "SANCTION", "cancel", "diplomatic", null));
    }

    private PloverCoding() {
    }

    /** The coding of a fact event; a kind not in the table keeps its actors and gets neither event nor code. */
    static Coding of(FactEvent event) {
        Rule<?> rule = RULES.get(event.getClass());
        return rule == null ? coding(event.actors(), null, null, null, null) : rule.apply(event);
    }

    /** The dossier kind of a fact event, as the whole application names it. */
    static String kindOf(FactEvent event) {
        return FactKind.nameOf(event);
    }

    /** The kinds of the dossier format the table codes. */
    static Set<FactKind> kindsCoded() {
        return RULES.values().stream().map(Rule::kind).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(FactKind.class)));
    }

    /**
     * How one fact is coded: its actors and recipients, the PLOVER event, mode and context (null where none applies)
     * and the CAMEO code (null where none fits).
     */
    record Coding(List<ActorId> actors, List<ActorId> recipients, String event, String mode, String context,
                  String cameo) {
    }

    /** A CAMEO code with the PLOVER mode and context that go with it. */
    record Coded(String cameo, String mode, String context) {
    }

    private record Rule<E extends FactEvent>(Class<E> type, FactKind kind, Function<E, Coding> coding) {

        Coding apply(FactEvent event) {
            return coding.apply(type.cast(event));
        }
    }

    private static <E extends FactEvent> void rule(Class<E> type, FactKind kind, Function<E, Coding> coding) {
        RULES.put(type, new Rule<>(type, kind, coding));
    }

    private static Coding coding(List<ActorId> actors, String event, String mode, String context, String cameo) {
        return new Coding(actors, List.of(), event, mode, context, cameo);
    }

    private static String issue(Issue issue) {
        return issue == null ? null : issue.value();
    }
}
