package com.negotiationtracker.core.meeting;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.common.Rule;
import com.negotiationtracker.core.common.RuleViolation;

import java.util.List;

/** A meeting as its track knows it: who meets, where, and how far it got. */
public final class Meeting {

    private enum Status { PROPOSED, AGREED, SCHEDULED, HELD, CANCELLED }

    private final MeetingId id;
    private List<ActorId> participants;
    private List<ActorId> attendees;
    private Venue venue;
    private Status status;

    private Meeting(MeetingId id, List<ActorId> participants, List<ActorId> attendees, Venue venue, Status status) {
        this.id = id;
        this.participants = participants;
        this.attendees = attendees;
        this.venue = venue;
        this.status = status;
    }

    public static Meeting proposed(MeetingId id, List<ActorId> participants, List<ActorId> attendees, Venue venue) {
        return new Meeting(id, participants, attendees, venue, Status.PROPOSED);
    }

    public static Meeting agreed(MeetingId id, List<ActorId> participants, List<ActorId> attendees, Venue venue) {
        return new Meeting(id, participants, attendees, venue, Status.AGREED);
    }

    public List<ActorId> participants() {
        return participants;
    }

    public List<ActorId> attendees() {
        return attendees;
    }

    public Venue venue() {
        return venue;
    }

    /** A meeting that was cancelled or already held takes no further steps. */
    public void requireOpen() {
        if (status == Status.CANCELLED) {
            throw new RuleViolation(Rule.CANCELLED_MEETING_IS_CLOSED, "meeting '" + id + "' was cancelled");
        }
        if (status == Status.HELD) {
            throw new RuleViolation(Rule.HELD_MEETING_IS_CLOSED, "meeting '" + id + "' was already held");
        }
    }

    public void agreed(List<ActorId> participants, List<ActorId> attendees, Venue venue) {
        this.participants = participants;
        this.attendees = attendees;
        this.venue = venue;
        status = Status.AGREED;
    }

    public void scheduled(Venue venue) {
        this.venue = venue;
        status = Status.SCHEDULED;
    }

    public void held() {
        status = Status.HELD;
    }

    public void cancelled() {
        status = Status.CANCELLED;
    }
}
