package com.negotiationtracker.core.track;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.call.CallHeld;
import com.negotiationtracker.core.call.RecordCall;
import com.negotiationtracker.core.claim.ClaimAppeared;
import com.negotiationtracker.core.claim.ClaimCorrected;
import com.negotiationtracker.core.claim.ClaimCorroborated;
import com.negotiationtracker.core.claim.ClaimDisputed;
import com.negotiationtracker.core.claim.ClaimField;
import com.negotiationtracker.core.claim.ClaimValue;
import com.negotiationtracker.core.claim.CorrectClaim;
import com.negotiationtracker.core.claim.CorroborateClaim;
import com.negotiationtracker.core.claim.DisputeClaim;
import com.negotiationtracker.core.claim.RecordAppearance;
import com.negotiationtracker.core.claim.ReportId;
import com.negotiationtracker.core.claim.RetractClaim;
import com.negotiationtracker.core.common.RuleViolation;
import com.negotiationtracker.core.invitation.AcceptInvitation;
import com.negotiationtracker.core.invitation.DeclineInvitation;
import com.negotiationtracker.core.invitation.InvitationAccepted;
import com.negotiationtracker.core.invitation.InvitationId;
import com.negotiationtracker.core.invitation.InvitationIssued;
import com.negotiationtracker.core.meeting.CancelMeeting;
import com.negotiationtracker.core.meeting.ConsiderVenue;
import com.negotiationtracker.core.meeting.HoldMeeting;
import com.negotiationtracker.core.meeting.MeetingId;
import com.negotiationtracker.core.meeting.MeetingProposed;
import com.negotiationtracker.core.meeting.MeetingScheduled;
import com.negotiationtracker.core.meeting.MeetingVenueConsidered;
import com.negotiationtracker.core.meeting.ScheduleMeeting;
import com.negotiationtracker.core.meeting.Venue;
import com.negotiationtracker.core.position.Issue;
import com.negotiationtracker.core.position.PositionStated;
import com.negotiationtracker.core.position.StatePosition;
import com.negotiationtracker.core.provenance.Provenance;
import com.negotiationtracker.core.provenance.Source;
import com.negotiationtracker.core.testdata.KnownActors;
import com.negotiationtracker.core.time.Hedge;
import com.negotiationtracker.core.time.ReportedDuration;
import com.negotiationtracker.core.time.ValidTime;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.negotiationtracker.core.testdata.TestFacts.KREMLIN;
import static com.negotiationtracker.core.testdata.TestFacts.MOSCOW;
import static com.negotiationtracker.core.testdata.TestFacts.PUTIN;
import static com.negotiationtracker.core.testdata.TestFacts.RUBIO;
import static com.negotiationtracker.core.testdata.TestFacts.RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.TRUMP;
import static com.negotiationtracker.core.testdata.TestFacts.UNITED_STATES;
import static com.negotiationtracker.core.testdata.TestFacts.US_RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.VANCE;
import static com.negotiationtracker.core.testdata.TestFacts.fact;
import static com.negotiationtracker.core.testdata.TestFacts.usRussiaOpened;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A track restored from a snapshot (its state serialized with Axon's Jackson 3 serializer and read back) holds the
 * same state and takes the same decisions, command for command, as the track rebuilt from all of its events.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TrackSnapshotTest {

    private static final ActorId WHITE_HOUSE = ActorId.of("white-house");
    private static final Source WIRE = new Source("example-wire", "Example Wire", "Trump and Putin spoke",
            "https://example.org/wire", "2025-02-13");
    private static final Provenance KREMLIN_IN_WIRE = new Provenance(KREMLIN, "statement", WIRE, "an hour and a half");
    private static final Provenance WHITE_HOUSE_IN_WIRE = new Provenance(WHITE_HOUSE, "briefing", WIRE, null);

    private static final Fact CALL = fact("trump-putin-call").summary("Trump and Putin held a phone call").build();
    private static final ReportedDuration NINETY_MINUTES =
            new ReportedDuration("PT1H30M", Hedge.APPROXIMATE, "close to an hour and a half");
    private static final CallHeld CALL_HELD = new CallHeld(US_RUSSIA, CALL, List.of(TRUMP, PUTIN), NINETY_MINUTES);
    private static final Fact STANCE = fact("kremlin-stance").build();
    private static final PositionStated STANCE_STATED =
            new PositionStated(US_RUSSIA, STANCE, RUSSIA, Issue.of("sanctions"), "lift them first");

    private static final InvitationId TO_MOSCOW = InvitationId.of("putin-invites-trump-to-moscow");
    private static final Fact INVITED = fact("putin-invited-trump").build();
    private static final Fact ACCEPTED = fact("trump-accepted").on("2025-02-13").build();
    private static final MeetingId SUMMIT = MeetingId.of("trump-putin-summit");
    private static final Fact PROPOSED = fact("summit-proposed").build();
    private static final Fact CONSIDERED = fact("summit-venue-considered").on("2025-02-13").build();
    private static final Fact SCHEDULED = fact("summit-scheduled").on("2025-02-14").build();
    private static final ValidTime MARCH = ValidTime.of("2025-03");
    private static final Venue RIYADH = Venue.named("Riyadh", null);

    private static final ClaimValue TWO_HOURS = ClaimValue.of(new ReportedDuration("PT2H", Hedge.EXACT, null));
    private static final ClaimValue AN_HOUR = ClaimValue.of(new ReportedDuration("PT1H", Hedge.EXACT, null));

    /** A history with every part of the state: facts, invitations, meetings, claims and each kind of report. */
    private static final List<Object> HISTORY = List.of(
            usRussiaOpened(),
            CALL_HELD,
            STANCE_STATED,
            new InvitationIssued(US_RUSSIA, INVITED, TO_MOSCOW, PUTIN, TRUMP, MOSCOW, MARCH),
            new InvitationAccepted(US_RUSSIA, ACCEPTED, TO_MOSCOW, PUTIN, TRUMP),
            new MeetingProposed(US_RUSSIA, PROPOSED, SUMMIT, List.of(TRUMP, PUTIN), List.of(VANCE), MOSCOW, MARCH),
            new MeetingVenueConsidered(US_RUSSIA, CONSIDERED, SUMMIT, RIYADH, List.of(TRUMP, PUTIN), List.of(VANCE)),
            new MeetingScheduled(US_RUSSIA, SCHEDULED, SUMMIT, RIYADH, MARCH, List.of(TRUMP, PUTIN), List.of(VANCE)),
            new ClaimAppeared(US_RUSSIA, CALL.id(), ReportId.of("wire-repeats"), KREMLIN_IN_WIRE),
            new ClaimCorroborated(US_RUSSIA, CALL.id(), ReportId.of("white-house-confirms"), WHITE_HOUSE_IN_WIRE),
            new ClaimDisputed(US_RUSSIA, CALL.id(), ReportId.of("wire-says-two-hours"), ClaimField.DURATION,
                    ClaimValue.of(NINETY_MINUTES), CALL.provenance(), TWO_HOURS, WHITE_HOUSE_IN_WIRE),
            new ClaimCorrected(US_RUSSIA, CALL.id(), ReportId.of("kremlin-corrects"), ClaimField.DURATION,
                    ClaimValue.of(NINETY_MINUTES), CALL.provenance(), AN_HOUR, KREMLIN_IN_WIRE));

    /** Commands that repeat, contradict or continue the history: each must be decided alike. */
    private static final List<Object> COMMANDS = List.of(
            new RecordCall(US_RUSSIA, CALL, List.of(TRUMP, PUTIN), NINETY_MINUTES),
            new RecordCall(US_RUSSIA, CALL, List.of(TRUMP, PUTIN), null),
            new StatePosition(US_RUSSIA, STANCE, RUSSIA, Issue.of("sanctions"), "lift them first"),
            new StatePosition(US_RUSSIA, STANCE, RUSSIA, Issue.of("sanctions"), "lift them now"),
            new AcceptInvitation(US_RUSSIA, ACCEPTED, TO_MOSCOW),
            new DeclineInvitation(US_RUSSIA, fact("trump-declined").build(), TO_MOSCOW),
            new ConsiderVenue(US_RUSSIA, CONSIDERED, SUMMIT, RIYADH),
            new ConsiderVenue(US_RUSSIA, CONSIDERED, SUMMIT, MOSCOW),
            new ScheduleMeeting(US_RUSSIA, SCHEDULED, SUMMIT, RIYADH, MARCH),
            new ScheduleMeeting(US_RUSSIA, fact("summit-rescheduled").build(), SUMMIT, MOSCOW, MARCH),
            new HoldMeeting(US_RUSSIA, fact("summit-held").build(), SUMMIT),
            new CancelMeeting(US_RUSSIA, fact("summit-cancelled").build(), MeetingId.of("no-such-meeting")),
            new RecordAppearance(US_RUSSIA, CALL.id(), ReportId.of("wire-repeats"), KREMLIN_IN_WIRE),
            new RecordAppearance(US_RUSSIA, CALL.id(), ReportId.of("wire-repeats"), WHITE_HOUSE_IN_WIRE),
            new RecordAppearance(US_RUSSIA, CALL.id(), ReportId.of("again"), KREMLIN_IN_WIRE),
            new CorroborateClaim(US_RUSSIA, CALL.id(), ReportId.of("kremlin-confirms"), CALL.provenance()),
            new DisputeClaim(US_RUSSIA, CALL.id(), ReportId.of("wire-says-two-hours"), ClaimField.DURATION,
                    TWO_HOURS, WHITE_HOUSE_IN_WIRE),
            new DisputeClaim(US_RUSSIA, CALL.id(), ReportId.of("another-dispute"), ClaimField.DURATION,
                    TWO_HOURS, WHITE_HOUSE_IN_WIRE),
            new DisputeClaim(US_RUSSIA, CALL.id(), ReportId.of("no-such-field"), ClaimField.VENUE,
                    ClaimValue.of(MOSCOW), WHITE_HOUSE_IN_WIRE),
            new CorrectClaim(US_RUSSIA, CALL.id(), ReportId.of("kremlin-corrects"), ClaimField.DURATION, AN_HOUR,
                    KREMLIN_IN_WIRE),
            new CorrectClaim(US_RUSSIA, CALL.id(), ReportId.of("kremlin-corrects-again"), ClaimField.DURATION,
                    AN_HOUR, KREMLIN_IN_WIRE),
            new RetractClaim(US_RUSSIA, STANCE.id(), ReportId.of("kremlin-retracts"), KREMLIN_IN_WIRE));

    private final MultiParameterResolverFactory resolvers = MultiParameterResolverFactory.ordered(
            ClasspathParameterResolverFactory.forClass(NegotiationTrack.class),
            new SimpleResourceParameterResolverFactory(Set.of(KnownActors.ofTheStory(), storedHistory())));
    private final AggregateModel<NegotiationTrack> model =
            AnnotatedAggregateMetaModelFactory.inspectAggregate(NegotiationTrack.class, resolvers);
    private final Jackson3Serializer serializer = Jackson3Serializer.builder().build();

    @Test
    void a_track_read_back_from_its_snapshot_holds_the_same_state() {
        NegotiationTrack rebuilt = fromEvents(HISTORY).getAggregateRoot();

        NegotiationTrack restored = readBack(rebuilt);

        assertThat(restored).usingRecursiveComparison().isEqualTo(rebuilt);
    }

    @Test
    void a_snapshot_holds_no_fact_s_content_which_reports_read_back_from_the_stream() {
        String snapshot = new String(serializer.serialize(fromEvents(HISTORY).getAggregateRoot(), byte[].class)
                .getData(), StandardCharsets.UTF_8);

        assertThat(snapshot).contains(CALL.id().value())
                .doesNotContain(CALL.summary())
                .doesNotContain(NINETY_MINUTES.asReported())
                .doesNotContain(STANCE_STATED.stance());
    }

    @Test
    void a_track_restored_from_a_snapshot_and_its_later_events_decides_as_one_rebuilt_from_all_events() {
        // a snapshot of the whole history is the state compared above; here at least one event follows it
        for (int snapshotAt = 1; snapshotAt < HISTORY.size(); snapshotAt++) {
            for (Object command : COMMANDS) {
                EventSourcedAggregate<NegotiationTrack> rebuilt = fromEvents(HISTORY);
                EventSourcedAggregate<NegotiationTrack> restored = fromSnapshot(snapshotAt);

                assertThat(decide(restored, command)).as("%s with a snapshot after %d events", command, snapshotAt)
                        .isEqualTo(decide(rebuilt, command));
            }
        }
    }

    private EventSourcedAggregate<NegotiationTrack> fromEvents(List<Object> events) {
        EventSourcedAggregate<NegotiationTrack> aggregate = EventSourcedAggregate.initialize(new NegotiationTrack(),
                model, null, NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(DomainEventStream.of(messages(events, 0)));
        return aggregate;
    }

    /** The track as a repository loads it: a snapshot of the first events, then the events after it. */
    private EventSourcedAggregate<NegotiationTrack> fromSnapshot(int eventsInSnapshot) {
        NegotiationTrack snapshot = readBack(fromEvents(HISTORY.subList(0, eventsInSnapshot)).getAggregateRoot());
        EventSourcedAggregate<NegotiationTrack> aggregate = EventSourcedAggregate.initialize(snapshot, model, null,
                NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(DomainEventStream.of(
                messages(HISTORY.subList(eventsInSnapshot, HISTORY.size()), eventsInSnapshot)));
        return aggregate;
    }

    private NegotiationTrack readBack(NegotiationTrack track) {
        SerializedObject<byte[]> serialized = serializer.serialize(track, byte[].class);
        return serializer.deserialize(serialized);
    }

    /** The history as the store holds it, where reports read their facts back from. */
    private static RecordedFacts storedHistory() {
        return (streamId, sequenceNumber) -> {
            assertThat(streamId).isEqualTo(US_RUSSIA.streamId());
            return (FactEvent) HISTORY.get(Math.toIntExact(sequenceNumber));
        };
    }

    private static List<DomainEventMessage<?>> messages(List<Object> events, long firstSequence) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (Object event : events) {
            messages.add(new GenericDomainEventMessage<>("NegotiationTrack", US_RUSSIA.streamId(),
                    firstSequence + messages.size(), event));
        }
        return messages;
    }

    /** What the track answers and records for a command: its result or the rule it cites, and the events. */
    private static List<Object> decide(EventSourcedAggregate<NegotiationTrack> track, Object command) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage(command));
        List<Object> decision = new ArrayList<>();
        try {
            decision.add(track.handle(GenericCommandMessage.asCommandMessage(command)));
        } catch (RuleViolation refused) {
            decision.add(refused.rule() + ": " + refused.getMessage());
        } catch (Exception other) {
            decision.add(other.getClass().getSimpleName() + ": " + other.getMessage());
        } finally {
            unitOfWork.rollback();
        }
        track.getAggregateRoot();
        decision.add(track.version());
        return decision;
    }
}
