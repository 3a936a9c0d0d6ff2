package com.negotiationtracker.core.track;

import com.negotiationtracker.core.actor.ActorDirectory;
import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.call.CallHeld;
import com.negotiationtracker.core.call.RecordCall;
import com.negotiationtracker.core.channel.DirectContactSuspended;
import com.negotiationtracker.core.channel.RecordContactSuspension;
import com.negotiationtracker.core.claim.Claim;
import com.negotiationtracker.core.claim.ClaimBasis;
import com.negotiationtracker.core.claim.ClaimAppeared;
import com.negotiationtracker.core.claim.ClaimCommand;
import com.negotiationtracker.core.claim.ClaimCorrected;
import com.negotiationtracker.core.claim.ClaimCorroborated;
import com.negotiationtracker.core.claim.ClaimDisputed;
import com.negotiationtracker.core.claim.ClaimEvent;
import com.negotiationtracker.core.claim.ClaimReports;
import com.negotiationtracker.core.claim.ClaimRetracted;
import com.negotiationtracker.core.claim.CorrectClaim;
import com.negotiationtracker.core.claim.CorroborateClaim;
import com.negotiationtracker.core.claim.DisputeClaim;
import com.negotiationtracker.core.claim.RecordAppearance;
import com.negotiationtracker.core.claim.ReportId;
import com.negotiationtracker.core.claim.RetractClaim;
import com.negotiationtracker.core.common.Rule;
import com.negotiationtracker.core.common.RuleViolation;
import com.negotiationtracker.core.invitation.AcceptInvitation;
import com.negotiationtracker.core.invitation.DeclineInvitation;
import com.negotiationtracker.core.invitation.Invitation;
import com.negotiationtracker.core.invitation.InvitationAccepted;
import com.negotiationtracker.core.invitation.InvitationDeclined;
import com.negotiationtracker.core.invitation.InvitationId;
import com.negotiationtracker.core.invitation.InvitationIssued;
import com.negotiationtracker.core.invitation.InvitationWithdrawn;
import com.negotiationtracker.core.invitation.IssueInvitation;
import com.negotiationtracker.core.invitation.WithdrawInvitation;
import com.negotiationtracker.core.measure.PrisonerSwapCompleted;
import com.negotiationtracker.core.measure.RecordPrisonerSwap;
import com.negotiationtracker.core.meeting.AgreeMeeting;
import com.negotiationtracker.core.meeting.CancelMeeting;
import com.negotiationtracker.core.meeting.ConsiderVenue;
import com.negotiationtracker.core.meeting.HoldMeeting;
import com.negotiationtracker.core.meeting.Meeting;
import com.negotiationtracker.core.meeting.MeetingAgreed;
import com.negotiationtracker.core.meeting.MeetingCancelled;
import com.negotiationtracker.core.meeting.MeetingHeld;
import com.negotiationtracker.core.meeting.MeetingId;
import com.negotiationtracker.core.meeting.MeetingProposed;
import com.negotiationtracker.core.meeting.MeetingScheduled;
import com.negotiationtracker.core.meeting.MeetingVenueConsidered;
import com.negotiationtracker.core.meeting.ProposeMeeting;
import com.negotiationtracker.core.meeting.ScheduleMeeting;
import com.negotiationtracker.core.position.DemandMade;
import com.negotiationtracker.core.position.MakeDemand;
import com.negotiationtracker.core.position.MakeProposal;
import com.negotiationtracker.core.position.OfferSecurityGuarantee;
import com.negotiationtracker.core.position.PositionStated;
import com.negotiationtracker.core.position.ProposalMade;
import com.negotiationtracker.core.position.SecurityGuaranteeOffered;
import com.negotiationtracker.core.position.StatePosition;
import com.negotiationtracker.core.provenance.Provenance;
import com.negotiationtracker.core.statement.RecordStatement;
import com.negotiationtracker.core.statement.StatementMade;
import com.negotiationtracker.core.talks.NegotiationsAgreed;
import com.negotiationtracker.core.talks.RecordTalksAgreement;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A negotiation track between parties: the consistency boundary for its facts, its invitations and its meetings.
 * <p>
 * Every fact has a stable id. Recording a fact whose id the track already holds records nothing when the content
 * is the same (so that a dossier can be imported twice) and is refused when it differs: an accepted fact is never
 * altered. Each command handler returns whether it recorded anything.
 * <p>
 * Every fact is a claim. Later reports about it (it appeared again, was corroborated, disputed, corrected or
 * retracted) are recorded beside it, each under its own stable report id, on the same rule: the same id with the
 * same content records nothing, with other content it is refused.
 * <p>
 * The state is compact, so that a track with a long life still loads, caches and snapshots cheaply: of each fact a
 * fingerprint of its content (to tell a repeat from a change), its kind, its place in the stream and digests of its
 * own appearance and asserter (for appearances and corroborations); of each report its fingerprint; of each claim
 * with reports what they changed. The fact itself, whose values a dispute or correction names, is read back from the
 * stream when needed ({@link RecordedFacts}): holding every fact's values and provenance
 * made the busiest track of a million facts an 83 MiB state, snapshotted every hundred events.
 * <p>
 * The state is serialized into snapshots (see the trigger named below), field by field (the maps are not final, as
 * Jackson 3 sets no final field). <b>Whenever the shape of this state changes, raise the {@link Revision}</b>: Axon
 * then ignores snapshots of the older shape and rebuilds the track from its events, instead of failing to read them.
 * The tracks used last also stay in memory between dossiers (the cache named below), checked against the store before
 * each use.
 */
@Aggregate(commandTargetResolver = "negotiationCommandTargets", snapshotTriggerDefinition = "trackSnapshotTrigger",
        cache = "trackCache", lockFactory = "trackLocks")
@Revision("2")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class NegotiationTrack {

    @AggregateIdentifier
    private String streamId;
    private TrackOpened opening;
    /** Every recorded fact: its fingerprint ({@link #fingerprint(FactEvent)}), kind and place in the stream. */
    private Map<FactId, RecordedFact> facts = new HashMap<>();
    private Map<InvitationId, Invitation> invitations = new HashMap<>();
    private Map<MeetingId, Meeting> meetings = new HashMap<>();
    /** What reports changed about each claim that has any. */
    private Map<FactId, ClaimReports> reported = new HashMap<>();
    private Map<ReportId, RecordedReport> reports = new HashMap<>();

    protected NegotiationTrack() {
        // for the event-sourcing repository
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public boolean handle(OpenTrack command, ActorDirectory directory) {
        TrackOpened opened = new TrackOpened(command.track(), command.title(), command.parties());
        if (opening != null) {
            if (opening.equals(opened)) {
                return false;
            }
            throw new RuleViolation(Rule.TRACK_OPENED_ONCE, "track '" + command.track()
                    + "' was opened as '" + opening.title() + "' between " + opening.parties());
        }
        requireKnown(command.parties(), directory);
        apply(opened);
        return true;
    }

    @CommandHandler
    public boolean handle(RecordCall command, ActorDirectory directory) {
        return record(command.fact(), directory, () -> {
            requireDistinct(command.participants(), Rule.CALL_NEEDS_TWO_PARTICIPANTS);
            if (command.duration() != null && command.duration().duration().isNegative()) {
                throw new RuleViolation(Rule.DURATION_NOT_NEGATIVE,
                        "call '" + command.fact().id() + "' is said to last " + command.duration().value());
            }
        }, () -> new CallHeld(command.track(), command.fact(), command.participants(), command.duration()));
    }

    @CommandHandler
    public boolean handle(RecordStatement command, ActorDirectory directory) {
        return record(command.fact(), directory, () -> { },
                () -> new StatementMade(command.track(), command.fact(), command.speaker(), command.channel(),
                        command.issues()));
    }

    @CommandHandler
    public boolean handle(RecordTalksAgreement command, ActorDirectory directory) {
        return record(command.fact(), directory,
                () -> requireDistinct(command.parties(), Rule.TALKS_NEED_TWO_PARTIES),
                () -> new NegotiationsAgreed(command.track(), command.fact(), command.parties()));
    }

    @CommandHandler
    public boolean handle(RecordContactSuspension command, ActorDirectory directory) {
        return record(command.fact(), directory,
                () -> requireDistinct(command.parties(), Rule.CONTACT_NEEDS_TWO_PARTIES),
                () -> new DirectContactSuspended(command.track(), command.fact(), command.parties()));
    }

    @CommandHandler
    public boolean handle(RecordPrisonerSwap command, ActorDirectory directory) {
        return record(command.fact(), directory,
                () -> requireDistinct(command.parties(), Rule.SWAP_NEEDS_TWO_PARTIES),
                () -> new PrisonerSwapCompleted(command.track(), command.fact(), command.parties(),
                        command.releasedCount()));
    }

    @CommandHandler
    public boolean handle(StatePosition command, ActorDirectory directory) {
        return record(command.fact(), directory, () -> { },
                () -> new PositionStated(command.track(), command.fact(), command.party(), command.issue(),
                        command.stance()));
    }

    @CommandHandler
    public boolean handle(MakeDemand command, ActorDirectory directory) {
        return record(command.fact(), directory, () -> { },
                () -> new DemandMade(command.track(), command.fact(), command.party(), command.addressee(),
                        command.issue(), command.demand()));
    }

    @CommandHandler
    public boolean handle(MakeProposal command, ActorDirectory directory) {
        return record(command.fact(), directory, () -> { },
                () -> new ProposalMade(command.track(), command.fact(), command.proposer(), command.addressee(),
                        command.issue(), command.proposal()));
    }

    @CommandHandler
    public boolean handle(OfferSecurityGuarantee command, ActorDirectory directory) {
        return record(command.fact(), directory, () -> { },
                () -> new SecurityGuaranteeOffered(command.track(), command.fact(), command.guarantors(),
                        command.beneficiary(), command.terms()));
    }

    @CommandHandler
    public boolean handle(IssueInvitation command, ActorDirectory directory) {
        return record(command.fact(), directory, () -> {
            if (invitations.containsKey(command.invitation())) {
                throw new RuleViolation(Rule.INVITATION_ISSUED_ONCE,
                        "invitation '" + command.invitation() + "' was already issued in track '" + trackName() + "'");
            }
            if (command.host().equals(command.guest())) {
                throw new RuleViolation(Rule.HOST_AND_GUEST_DIFFER,
                        "invitation '" + command.invitation() + "' names '" + command.host() + "' as both");
            }
        }, () -> new InvitationIssued(command.track(), command.fact(), command.invitation(), command.host(),
                command.guest(), command.venue(), command.plannedFor()));
    }

    @CommandHandler
    public boolean handle(AcceptInvitation command, ActorDirectory directory) {
        return record(command.fact(), directory, () -> invitation(command.invitation()).requireAnswerable(), () -> {
            Invitation invitation = invitation(command.invitation());
            return new InvitationAccepted(command.track(), command.fact(), command.invitation(), invitation.host(),
                    invitation.guest());
        });
    }

    @CommandHandler
    public boolean handle(DeclineInvitation command, ActorDirectory directory) {
        return record(command.fact(), directory, () -> invitation(command.invitation()).requireAnswerable(), () -> {
            Invitation invitation = invitation(command.invitation());
            return new InvitationDeclined(command.track(), command.fact(), command.invitation(), invitation.host(),
                    invitation.guest());
        });
    }

    @CommandHandler
    public boolean handle(WithdrawInvitation command, ActorDirectory directory) {
        return record(command.fact(), directory, () -> invitation(command.invitation()).requireNotWithdrawn(), () -> {
            Invitation invitation = invitation(command.invitation());
            return new InvitationWithdrawn(command.track(), command.fact(), command.invitation(), invitation.host(),
                    invitation.guest());
        });
    }

    @CommandHandler
    public boolean handle(ProposeMeeting command, ActorDirectory directory) {
        return record(command.fact(), directory, () -> {
            if (meetings.containsKey(command.meeting())) {
                throw new RuleViolation(Rule.MEETING_PROPOSED_ONCE,
                        "meeting '" + command.meeting() + "' already exists in track '" + trackName() + "'");
            }
            requireDistinct(command.participants(), Rule.MEETING_NEEDS_TWO_PARTICIPANTS);
        }, () -> new MeetingProposed(command.track(), command.fact(), command.meeting(), command.participants(),
                command.attendees(), command.venue(), command.plannedFor()));
    }

    /** Agreeing to meet may follow a proposal of the same meeting or be the first news of it. */
    @CommandHandler
    public boolean handle(AgreeMeeting command, ActorDirectory directory) {
        return record(command.fact(), directory, () -> {
            Meeting known = meetings.get(command.meeting());
            if (known != null) {
                known.requireOpen();
            }
            requireDistinct(command.participants(), Rule.MEETING_NEEDS_TWO_PARTICIPANTS);
        }, () -> new MeetingAgreed(command.track(), command.fact(), command.meeting(), command.participants(),
                command.attendees(), command.venue(), command.plannedFor()));
    }

    @CommandHandler
    public boolean handle(ConsiderVenue command, ActorDirectory directory) {
        return record(command.fact(), directory, () -> meeting(command.meeting()).requireOpen(), () -> {
            Meeting meeting = meeting(command.meeting());
            return new MeetingVenueConsidered(command.track(), command.fact(), command.meeting(), command.venue(),
                    meeting.participants(), meeting.attendees());
        });
    }

    @CommandHandler
    public boolean handle(ScheduleMeeting command, ActorDirectory directory) {
        return record(command.fact(), directory, () -> meeting(command.meeting()).requireOpen(), () -> {
            Meeting meeting = meeting(command.meeting());
            return new MeetingScheduled(command.track(), command.fact(), command.meeting(), command.venue(),
                    command.plannedFor(), meeting.participants(), meeting.attendees());
        });
    }

    @CommandHandler
    public boolean handle(HoldMeeting command, ActorDirectory directory) {
        return record(command.fact(), directory, () -> meeting(command.meeting()).requireOpen(), () -> {
            Meeting meeting = meeting(command.meeting());
            return new MeetingHeld(command.track(), command.fact(), command.meeting(), meeting.venue(),
                    meeting.participants(), meeting.attendees());
        });
    }

    @CommandHandler
    public boolean handle(CancelMeeting command, ActorDirectory directory) {
        return record(command.fact(), directory, () -> meeting(command.meeting()).requireOpen(), () -> {
            Meeting meeting = meeting(command.meeting());
            return new MeetingCancelled(command.track(), command.fact(), command.meeting(), meeting.venue(),
                    meeting.participants(), meeting.attendees());
        });
    }

    // ---- later reports about claims ----

    @CommandHandler
    public boolean handle(RecordAppearance command, ActorDirectory directory, RecordedFacts recorded) {
        return report(command, directory, recorded, claim -> claim.requireNewAppearance(command.provenance()),
                claim -> new ClaimAppeared(command.track(), command.claim(), command.report(), command.provenance()));
    }

    @CommandHandler
    public boolean handle(CorroborateClaim command, ActorDirectory directory, RecordedFacts recorded) {
        return report(command, directory, recorded, claim -> {
            claim.requireOpen();
            claim.requireCorroborator(command.provenance());
            claim.requireNewAppearance(command.provenance());
        }, claim -> new ClaimCorroborated(command.track(), command.claim(), command.report(), command.provenance()));
    }

    @CommandHandler
    public boolean handle(DisputeClaim command, ActorDirectory directory, RecordedFacts recorded) {
        return report(command, directory, recorded, claim -> {
            claim.requireOpen();
            claim.requireOtherValue(command.field(), command.otherValue(), Rule.DISPUTE_NEEDS_ANOTHER_VALUE);
        }, claim -> {
            Claim.Held held = claim.current(command.field());
            return new ClaimDisputed(command.track(), command.claim(), command.report(), command.field(),
                    held.value(), held.provenance(), command.otherValue(), command.provenance());
        });
    }

    @CommandHandler
    public boolean handle(CorrectClaim command, ActorDirectory directory, RecordedFacts recorded) {
        return report(command, directory, recorded, claim -> {
            claim.requireOpen();
            claim.requireOtherValue(command.field(), command.correctedValue(), Rule.CORRECTION_NEEDS_ANOTHER_VALUE);
        }, claim -> {
            Claim.Held held = claim.current(command.field());
            return new ClaimCorrected(command.track(), command.claim(), command.report(), command.field(),
                    held.value(), held.provenance(), command.correctedValue(), command.provenance());
        });
    }

    @CommandHandler
    public boolean handle(RetractClaim command, ActorDirectory directory, RecordedFacts recorded) {
        return report(command, directory, recorded, Claim::requireOpen,
                claim -> new ClaimRetracted(command.track(), command.claim(), command.report(), command.provenance()));
    }

    /**
     * Records a report about a claim once. A report id seen before records nothing when the command says the same
     * and is refused otherwise; a new report needs a recorded claim, must pass the rules and name only known actors.
     */
    private boolean report(ClaimCommand command, ActorDirectory directory, RecordedFacts recorded,
                           Consumer<Claim> rules, Function<Claim, ? extends ClaimEvent> event) {
        RecordedReport earlier = reports.get(command.report());
        if (earlier != null) {
            if (Objects.equals(earlier.fingerprint(), reportFingerprintOf(command, recorded, event))) {
                return false;
            }
            throw new RuleViolation(Rule.REPORT_RECORDED_ONCE, "report '" + command.report()
                    + "' is already recorded in track '" + trackName() + "' as " + earlier.kind()
                    + " about claim '" + earlier.claim() + "' with other content");
        }
        Claim claim = claim(command.claim(), recorded);
        rules.accept(claim);
        ClaimEvent reported = event.apply(claim);
        requireKnown(reported.namedActors(), directory);
        apply(reported);
        return true;
    }

    /**
     * The fingerprint of the report the command would record now, or null when it could not record one (its claim
     * is unknown, or has no such field): then it cannot be the report recorded earlier either.
     */
    private Long reportFingerprintOf(ClaimCommand command, RecordedFacts recorded,
                                       Function<Claim, ? extends ClaimEvent> event) {
        try {
            return reportFingerprint(event.apply(claim(command.claim(), recorded)));
        } catch (RuleViolation cannotRecord) {
            return null;
        }
    }

    /**
     * The claim as it stands, with what the reports changed; the fact itself is read back from the stream only if a
     * rule needs its values (a dispute or correction), not for an appearance, corroboration or retraction.
     */
    private Claim claim(FactId id, RecordedFacts recorded) {
        RecordedFact fact = facts.get(id);
        if (fact == null) {
            throw new RuleViolation(Rule.CLAIM_MUST_EXIST,
                    "no fact '" + id + "' is recorded in track '" + trackName() + "'");
        }
        return Claim.of(id, fact.appearance(), fact.asserter(),
                () -> ClaimBasis.of(recorded.fact(streamId, fact.sequence())),
                reported.getOrDefault(id, ClaimReports.none()));
    }

    /**
     * Records a fact once. A fact id seen before is compared with what the command would record (by fingerprint):
     * the same content records nothing, other content is refused. A new fact must pass the rules and name only
     * known actors.
     */
    private boolean record(Fact fact, ActorDirectory directory, Runnable rules,
                           Supplier<? extends FactEvent> event) {
        RecordedFact earlier = facts.get(fact.id());
        if (earlier != null) {
            if (Objects.equals(earlier.fingerprint(), fingerprintOf(event))) {
                return false;
            }
            throw new RuleViolation(Rule.FACT_RECORDED_ONCE, "fact '" + fact.id() + "' is already recorded in track '"
                    + trackName() + "' as " + earlier.kind() + " with other content");
        }
        rules.run();
        FactEvent recorded = event.get();
        requireKnown(recorded.namedActors(), directory);
        apply(recorded);
        return true;
    }

    /** The fingerprint of the fact the command would record now; null when it names what the track does not hold. */
    private static Long fingerprintOf(Supplier<? extends FactEvent> event) {
        try {
            return fingerprint(event.get());
        } catch (RuleViolation differentReferences) {
            return null;
        }
    }

    /**
     * What makes a fact the same fact: all of its event, except where the event repeats parts of the track's state
     * that may have changed since it was recorded (a meeting's participants and attendees): there only what the
     * command says counts.
     */
    static long fingerprint(FactEvent event) {
        if (event instanceof MeetingVenueConsidered considered) {
            return Fingerprint.of(MeetingVenueConsidered.class.getName(), considered.track(), considered.fact(),
                    considered.meeting(), considered.venue());
        }
        if (event instanceof MeetingScheduled scheduled) {
            return Fingerprint.of(MeetingScheduled.class.getName(), scheduled.track(), scheduled.fact(),
                    scheduled.meeting(), scheduled.venue(), scheduled.plannedFor());
        }
        return Fingerprint.of(event.getClass().getName(), event);
    }

    /**
     * What makes a report the same report: what its command says (its kind, claim, field, value and provenance),
     * not the value it found held (a dispute names the value held when it was recorded; a later correction changes
     * it).
     */
    static long reportFingerprint(ClaimEvent event) {
        if (event instanceof ClaimDisputed disputed) {
            return Fingerprint.of(ClaimDisputed.class.getName(), disputed.claim(), disputed.field(),
                    disputed.otherValue(), disputed.provenance());
        }
        if (event instanceof ClaimCorrected corrected) {
            return Fingerprint.of(ClaimCorrected.class.getName(), corrected.claim(), corrected.field(),
                    corrected.correctedValue(), corrected.provenance());
        }
        return Fingerprint.of(event.getClass().getName(), event.claim(), event.provenance());
    }

    private static void requireKnown(Collection<ActorId> actors, ActorDirectory directory) {
        List<ActorId> unknown = actors.stream().filter(actor -> !directory.isKnown(actor)).toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolation(Rule.ACTOR_MUST_BE_KNOWN, "unknown actor(s) " + unknown);
        }
    }

    private static void requireDistinct(List<ActorId> actors, Rule rule) {
        if (new HashSet<>(actors).size() < 2) {
            throw new RuleViolation(rule, "got " + actors);
        }
    }

    private Invitation invitation(InvitationId id) {
        Invitation invitation = invitations.get(id);
        if (invitation == null) {
            throw new RuleViolation(Rule.INVITATION_MUST_EXIST,
                    "no invitation '" + id + "' was issued in track '" + trackName() + "'");
        }
        return invitation;
    }

    private Meeting meeting(MeetingId id) {
        Meeting meeting = meetings.get(id);
        if (meeting == null) {
            throw new RuleViolation(Rule.MEETING_MUST_EXIST,
                    "no meeting '" + id + "' was proposed or agreed in track '" + trackName() + "'");
        }
        return meeting;
    }

    private String trackName() {
        return opening.track().value();
    }

    // ---- event-sourcing handlers: they only set state ----

    @EventSourcingHandler
    void on(TrackOpened event) {
        streamId = event.track().streamId();
        opening = event;
    }

    /** Facts that change nothing but the set of recorded facts. */
    @EventSourcingHandler
    void on(FactEvent event, @SequenceNumber long sequence) {
        remember(event, sequence);
    }

    private void remember(FactEvent event, long sequence) {
        Provenance provenance = event.fact().provenance();
        facts.put(event.fact().id(), new RecordedFact(fingerprint(event), event.getClass().getSimpleName(), sequence,
                Claim.appearanceDigest(provenance), Claim.asserterDigest(provenance.assertedBy())));
    }

    @EventSourcingHandler
    void on(InvitationIssued event, @SequenceNumber long sequence) {
        remember(event, sequence);
        invitations.put(event.invitation(), Invitation.issued(event.invitation(), event.host(), event.guest()));
    }

    @EventSourcingHandler
    void on(InvitationAccepted event, @SequenceNumber long sequence) {
        remember(event, sequence);
        invitations.computeIfPresent(event.invitation(), (id, invitation) -> invitation.accepted());
    }

    @EventSourcingHandler
    void on(InvitationDeclined event, @SequenceNumber long sequence) {
        remember(event, sequence);
        invitations.computeIfPresent(event.invitation(), (id, invitation) -> invitation.declined());
    }

    @EventSourcingHandler
    void on(InvitationWithdrawn event, @SequenceNumber long sequence) {
        remember(event, sequence);
        invitations.computeIfPresent(event.invitation(), (id, invitation) -> invitation.withdrawn());
    }

    @EventSourcingHandler
    void on(MeetingProposed event, @SequenceNumber long sequence) {
        remember(event, sequence);
        meetings.put(event.meeting(),
                Meeting.proposed(event.meeting(), event.participants(), event.attendees(), event.venue()));
    }

    @EventSourcingHandler
    void on(MeetingAgreed event, @SequenceNumber long sequence) {
        remember(event, sequence);
        meetings.put(event.meeting(),
                Meeting.agreed(event.meeting(), event.participants(), event.attendees(), event.venue()));
    }

    @EventSourcingHandler
    void on(MeetingScheduled event, @SequenceNumber long sequence) {
        remember(event, sequence);
        meetings.computeIfPresent(event.meeting(), (id, meeting) -> meeting.scheduled(event.venue()));
    }

    @EventSourcingHandler
    void on(MeetingHeld event, @SequenceNumber long sequence) {
        remember(event, sequence);
        meetings.computeIfPresent(event.meeting(), (id, meeting) -> meeting.held());
    }

    /** Reports about claims: remembered by id, and told to the claim they are about. */
    @EventSourcingHandler
    void on(ClaimEvent event) {
        reports.put(event.report(), new RecordedReport(event.getClass().getSimpleName(), event.claim(),
                reportFingerprint(event)));
        reported.computeIfAbsent(event.claim(), claim -> ClaimReports.none()).apply(event);
    }

    @EventSourcingHandler
    void on(MeetingCancelled event, @SequenceNumber long sequence) {
        remember(event, sequence);
        meetings.computeIfPresent(event.meeting(), (id, meeting) -> meeting.cancelled());
    }
}
