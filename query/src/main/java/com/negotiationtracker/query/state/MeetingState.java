package com.negotiationtracker.query.state;

import java.util.List;

/**
 * A meeting from its first mention on: who meets, who attends, where (an {@code UNSPECIFIED} venue when the reporting
 * does not say), the venues under consideration, for when it is planned (null when unknown), and its status since when
 * ({@code sinceFact} is the fact that set it).
 */
public record MeetingState(String track, String meeting, List<String> participants, List<String> attendees,
                           VenueView venue, List<VenueView> venuesConsidered, StateTime plannedFor,
                           MeetingStatus status, StateTime since, String sinceFact) {

    public MeetingState {
        participants = List.copyOf(participants);
        attendees = List.copyOf(attendees);
        venuesConsidered = List.copyOf(venuesConsidered);
    }
}
