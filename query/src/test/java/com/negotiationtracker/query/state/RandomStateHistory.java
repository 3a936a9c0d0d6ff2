package com.negotiationtracker.query.state;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.invitation.InvitationAccepted;
import com.negotiationtracker.core.invitation.InvitationDeclined;
import com.negotiationtracker.core.invitation.InvitationId;
import com.negotiationtracker.core.invitation.InvitationIssued;
import com.negotiationtracker.core.invitation.InvitationWithdrawn;
import com.negotiationtracker.core.meeting.MeetingCancelled;
import com.negotiationtracker.core.meeting.MeetingHeld;
import com.negotiationtracker.core.meeting.MeetingId;
import com.negotiationtracker.core.meeting.MeetingProposed;
import com.negotiationtracker.core.meeting.MeetingScheduled;
import com.negotiationtracker.core.meeting.Venue;
import com.negotiationtracker.core.time.ValidTime;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.TrackId;
import com.negotiationtracker.core.track.TrackOpened;
import org.axonframework.eventhandling.EventMessage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static com.negotiationtracker.core.testdata.TestFacts.fact;
import static com.negotiationtracker.query.state.StateEvents.call;
import static com.negotiationtracker.query.state.StateEvents.contactSuspended;
import static com.negotiationtracker.query.state.StateEvents.importedPlus;
import static com.negotiationtracker.query.state.StateEvents.person;
import static com.negotiationtracker.query.state.StateEvents.personRevised;
import static com.negotiationtracker.query.state.StateEvents.recorded;
import static com.negotiationtracker.query.state.StateEvents.state;
import static com.negotiationtracker.query.state.StateEvents.talksAgreed;

/**
 * A random history of the state's inputs, for the state's property tests: four states, their leaders, three tracks;
 * then calls between leaders or states, suspensions, talks agreed, meetings and invitations, mostly in valid-time
 * order, some reported late, some recorded at the same instant or handled out of record order, some profiles
 * revised.
 */
final class RandomStateHistory {

    static final List<ActorId> STATES = List.of(ActorId.of("state-a"), ActorId.of("state-b"),
            ActorId.of("state-c"), ActorId.of("state-d"));
    static final List<ActorId> LEADERS = List.of(ActorId.of("leader-a"), ActorId.of("leader-b"),
            ActorId.of("leader-c"), ActorId.of("leader-d"));
    static final List<TrackId> TRACKS = List.of(TrackId.of("a-b"), TrackId.of("a-c"), TrackId.of("b-c-d"));

    private final Random random;
    /** Invitations, and meetings, a track has: the facts about them are dealt among these. */
    private final int subjects;
    /** Days a fact moves on from the last, at most (less one). */
    private final int dayStep;
    private final Map<ActorId, Long> revisions = new HashMap<>();
    private LocalDate day = LocalDate.of(2020, 1, 1);
    private long second;
    private int facts;

    RandomStateHistory(Random random) {
        this(random, 3);
    }

    RandomStateHistory(Random random, int subjects) {
        this(random, subjects, 5);
    }

    /** A history whose facts move on by up to {@code dayStep - 1} days each: 24 makes a few years of 200 events. */
    RandomStateHistory(Random random, int subjects, int dayStep) {
        this.random = random;
        this.subjects = subjects;
        this.dayStep = dayStep;
    }

    /** A random valid time within the five years from December 2019 that the histories of a 24-day step span. */
    static Instant validMoment(Random random) {
        return Instant.parse("2019-12-01T00:00:00Z")
                .plusSeconds(random.nextInt(5 * 365) * 86_400L + random.nextInt(86_400));
    }

    /** A random record time, in whole seconds, from the first event of a history up to {@code lastRecorded}. */
    static Instant knownMoment(Random random, Instant lastRecorded) {
        return importedPlus(random.nextInt((int) (lastRecorded.getEpochSecond() - importedPlus(0).getEpochSecond())));
    }

    List<EventMessage<?>> events(int count) {
        List<EventMessage<?>> events = new ArrayList<>();
        STATES.forEach(party -> events.add(recorded(state(party), importedPlus(second++))));
        for (int i = 0; i < LEADERS.size(); i++) {
            events.add(recorded(person(LEADERS.get(i), STATES.get(i)), importedPlus(second++)));
        }
        events.add(recorded(new TrackOpened(TRACKS.get(0), "A and B", STATES.subList(0, 2)),
                importedPlus(second++)));
        events.add(recorded(new TrackOpened(TRACKS.get(1), "A and C", List.of(STATES.get(0), STATES.get(2))),
                importedPlus(second++)));
        events.add(recorded(new TrackOpened(TRACKS.get(2), "B, C and D", STATES.subList(1, 4)),
                importedPlus(second++)));
        for (int i = 0; i < count; i++) {
            events.add(next());
        }
        // a few neighbours handled in the other order, as segments or a late commit may hand them over
        for (int i = 12; i + 1 < events.size(); i += 9 + random.nextInt(9)) {
            Collections.swap(events, i, i + 1);
        }
        return events;
    }

    private EventMessage<?> next() {
        // mostly a second or more after the last event; now and then at the same instant
        second += random.nextInt(10) > 0 ? 1 + random.nextInt(3) : 0;
        Instant recordedAt = importedPlus(second);
        if (random.nextInt(30) == 0) {
            ActorId leader = LEADERS.get(random.nextInt(LEADERS.size()));
            long sequence = revisions.merge(leader, 1L, Long::sum);
            return recorded(personRevised(leader, STATES.get(random.nextInt(STATES.size()))), sequence,
                    recordedAt);
        }
        TrackId track = TRACKS.get(random.nextInt(TRACKS.size()));
        var fact = fact("fact-" + facts++).on(validTime());
        int kind = random.nextInt(20);
        if (kind < 8) {
            return recorded(call(track, fact, participant(), participant()), recordedAt);
        }
        if (kind < 10) {
            return recorded(contactSuspended(track, fact, anyState(), anyState()), recordedAt);
        }
        if (kind < 11) {
            return recorded(talksAgreed(track, fact, anyState(), anyState()), recordedAt);
        }
        if (kind < 15) {
            return recorded(meetingFact(track, fact.build()), recordedAt);
        }
        return recorded(invitationFact(track, fact.build()), recordedAt);
    }

    /** A fact about one of a few meetings of the track: proposed, scheduled, held or cancelled. */
    private Object meetingFact(TrackId track, Fact fact) {
        MeetingId meeting = MeetingId.of("meeting-" + random.nextInt(subjects));
        Venue venue = random.nextBoolean() ? null : Venue.named("Venue " + random.nextInt(3), null);
        List<ActorId> participants = List.of(participant(), participant());
        return switch (random.nextInt(4)) {
            case 0 -> new MeetingProposed(track, fact, meeting, participants, List.of(), venue, null);
            case 1 -> new MeetingScheduled(track, fact, meeting, venue, ValidTime.of(day.plusDays(30).toString()),
                    participants, List.of());
            case 2 -> new MeetingHeld(track, fact, meeting, venue, participants, List.of());
            default -> new MeetingCancelled(track, fact, meeting, venue, participants, List.of());
        };
    }

    /** A fact about one of a few invitations of the track: issued, accepted, declined or withdrawn. */
    private Object invitationFact(TrackId track, Fact fact) {
        InvitationId invitation = InvitationId.of("invitation-" + random.nextInt(subjects));
        ActorId host = LEADERS.get(0);
        ActorId guest = LEADERS.get(1);
        return switch (random.nextInt(4)) {
            case 0 -> new InvitationIssued(track, fact, invitation, host, guest,
                    random.nextBoolean() ? null : Venue.named("Capital", null), null);
            case 1 -> new InvitationAccepted(track, fact, invitation, host, guest);
            case 2 -> new InvitationDeclined(track, fact, invitation, host, guest);
            default -> new InvitationWithdrawn(track, fact, invitation, host, guest);
        };
    }

    /** Mostly a later day than the last fact's; some facts about earlier days, at day or month precision. */
    private String validTime() {
        if (random.nextInt(7) == 0) {
            LocalDate earlier = day.minusDays(1 + random.nextInt(200));
            return random.nextBoolean() ? earlier.toString() : earlier.toString().substring(0, 7);
        }
        day = day.plusDays(random.nextInt(dayStep));
        return day.toString();
    }

    private ActorId participant() {
        return random.nextBoolean() ? LEADERS.get(random.nextInt(LEADERS.size())) : anyState();
    }

    private ActorId anyState() {
        return STATES.get(random.nextInt(STATES.size()));
    }
}
