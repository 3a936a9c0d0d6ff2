package com.negotiationtracker.query.actor;

import java.time.Instant;

/**
 * Asks for one actor as the record stood at {@code knownAt} (null: as it stands now); answered with an optional
 * {@link ActorDetails}, empty when the record did not know the actor then.
 */
public record FindActor(String id, Instant knownAt) {
}
