package com.negotiationtracker.core.track;

import com.negotiationtracker.core.actor.ActorId;

import java.util.List;

/** A negotiation track was opened between its parties. */
public record TrackOpened(TrackId track, String title, List<ActorId> parties) {

    public TrackOpened {
        parties = List.copyOf(parties);
    }
}
