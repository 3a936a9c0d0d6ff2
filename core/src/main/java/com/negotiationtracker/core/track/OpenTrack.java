package com.negotiationtracker.core.track;

import com.negotiationtracker.core.actor.ActorId;

import java.util.List;
import java.util.Objects;

/** Opens a negotiation track between parties (the US and Russia; Russia and Ukraine over peace ...). */
public record OpenTrack(TrackId track, String title, List<ActorId> parties) implements TrackCommand {

    public OpenTrack {
        Objects.requireNonNull(track, "a track needs an id");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("track '" + track + "' needs a title");
        }
        parties = List.copyOf(parties == null ? List.of() : parties);
    }
}
