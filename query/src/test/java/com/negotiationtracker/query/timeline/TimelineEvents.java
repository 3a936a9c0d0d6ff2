package com.negotiationtracker.query.timeline;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.call.CallHeld;
import com.negotiationtracker.core.channel.DirectContactSuspended;
import com.negotiationtracker.core.invitation.InvitationId;
import com.negotiationtracker.core.invitation.InvitationIssued;
import com.negotiationtracker.core.measure.PrisonerSwapCompleted;
import com.negotiationtracker.core.meeting.MeetingId;
import com.negotiationtracker.core.meeting.MeetingProposed;
import com.negotiationtracker.core.meeting.Venue;
import com.negotiationtracker.core.position.Issue;
import com.negotiationtracker.core.position.PositionStated;
import com.negotiationtracker.core.statement.StatementMade;
import com.negotiationtracker.core.testdata.TestFacts.FactBuilder;
import com.negotiationtracker.core.time.ReportedDuration;
import com.negotiationtracker.core.time.ValidTime;
import com.negotiationtracker.core.track.FactEvent;
import com.negotiationtracker.core.track.TrackId;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.MetaData;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static com.negotiationtracker.core.testdata.TestFacts.PUTIN;
import static com.negotiationtracker.core.testdata.TestFacts.RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.TRUMP;
import static com.negotiationtracker.core.testdata.TestFacts.US_RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.ZELENSKIY;

/** Fact events of the reference story for the timeline tests, and the messages a tracking processor delivers. */
final class TimelineEvents {

    static final Instant RECORDED = Instant.parse("2026-01-05T09:00:00Z");

    private TimelineEvents() {
    }

    static CallHeld call(TrackId track, FactBuilder fact, ActorId... participants) {
        return new CallHeld(track, fact.build(), List.of(participants),
                new ReportedDuration("PT1H30M", true, "close to an hour and a half"));
    }

    static StatementMade statement(TrackId track, FactBuilder fact, ActorId speaker, String... issues) {
        return new StatementMade(track, fact.build(), speaker, "social media",
                Arrays.stream(issues).map(Issue::of).toList());
    }

    static PrisonerSwapCompleted swap(FactBuilder fact) {
        return new PrisonerSwapCompleted(US_RUSSIA, fact.build(), List.of(RUSSIA, ActorId.of("united-states")), null);
    }

    static DirectContactSuspended contactSuspended(TrackId track, FactBuilder fact, ActorId... parties) {
        return new DirectContactSuspended(track, fact.build(), List.of(parties));
    }

    static PositionStated position(TrackId track, FactBuilder fact, ActorId party, String issue, String stance) {
        return new PositionStated(track, fact.build(), party, Issue.of(issue), stance);
    }

    static InvitationIssued invitation(FactBuilder fact) {
        return new InvitationIssued(US_RUSSIA, fact.build(), InvitationId.of("putin-invites-trump-to-moscow"), PUTIN,
                TRUMP, Venue.named("Moscow", RUSSIA), null);
    }

    static MeetingProposed munichMeeting(TrackId track, FactBuilder fact) {
        return new MeetingProposed(track, fact.build(), MeetingId.of("trump-zelenskiy-munich"),
                List.of(TRUMP, ZELENSKIY), List.of(ActorId.of("vance"), ActorId.of("rubio")),
                Venue.named("Munich", ActorId.of("germany")), ValidTime.of("2025-02-14"));
    }

    /** The message a tracking processor hands over: the event at a global position, recorded at a moment. */
    static EventMessage<FactEvent> tracked(FactEvent event, long position, Instant recordedAt) {
        return new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position),
                untracked(event, recordedAt));
    }

    /** A message without a tracking token, as a subscribing processor hands it over. */
    static EventMessage<FactEvent> untracked(FactEvent event, Instant recordedAt) {
        return new GenericEventMessage<>(UUID.randomUUID().toString(), event, MetaData.emptyInstance(), recordedAt);
    }

    static List<String> ids(ActorId... actors) {
        return Arrays.stream(actors).map(ActorId::value).toList();
    }
}
