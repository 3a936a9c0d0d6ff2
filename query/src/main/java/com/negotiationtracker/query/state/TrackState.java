package com.negotiationtracker.query.state;

import java.util.List;

/**
 * A negotiation track and its phase since when ({@code sinceFact} is the fact that brought it there). Before any of its
 * facts a track is in {@link TrackPhase#NO_CONTACT} with no {@code since}.
 */
public record TrackState(String track, String title, List<String> parties, TrackPhase phase, StateTime since,
                         String sinceFact) {

    public TrackState {
        parties = List.copyOf(parties);
    }
}
