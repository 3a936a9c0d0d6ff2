package com.negotiationtracker.query.actor;

import java.time.Instant;
import java.util.List;

/**
 * An actor as the record stood at {@code knownAt}: its profile then ({@code actor}) and every version of its profile
 * recorded by then ({@code history}, oldest first).
 */
public record ActorDetails(ActorView actor, Instant knownAt, List<ActorProfileView> history) {

    public ActorDetails {
        history = List.copyOf(history);
    }
}
