package com.negotiationtracker.core.meeting;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.common.Rule;
import com.negotiationtracker.core.common.RuleViolation;

import java.util.List;

/**
 * A meeting as its track knows it: who meets, where, and how far it got. Immutable: each step returns the meeting
 * as it stands after that step.
 */
public record Meeting(MeetingId id, List<ActorId> participants, List<ActorId> attendees, Venue venue,
                      Status status) {

    public enum Status { PROPOSED, AGREED, SCHEDULED, HELD, CANCELLED }

    public Meeting {
        participants = List.copyOf(participants);
        attendees = List.copyOf(attendees);
    }

    public static Meeting proposed(MeetingId id, List<ActorId> participants, List<ActorId> attendees, Venue venue) {
        return new Meeting(id, participants, attendees, venue, Status.PROPOSED);
    }

    public static Meeting agreed(MeetingId id, List<ActorId> participants, List<ActorId> attendees, Venue venue) {
        return new Meeting(id, participants, attendees, venue, Status.AGREED);
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

    public Meeting scheduled(Venue at) {
        return new Meeting(id, participants, attendees, at, Status.SCHEDULED);
    }

    public Meeting held() {
        return new Meeting(id, participants, attendees, venue, Status.HELD);
    }

    public Meeting cancelled() {
        return new Meeting(id, participants, attendees, venue, Status.CANCELLED);
    }
}
