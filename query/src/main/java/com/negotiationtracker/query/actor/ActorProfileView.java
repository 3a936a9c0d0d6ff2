package com.negotiationtracker.query.actor;

import java.time.Instant;
import java.util.List;

/**
 * One version of an actor's profile in its history: what the directory said of the actor from {@code recordedFrom}
 * until {@code recordedTo} (null: from then on, as far as the record known at the time asked knows).
 */
public record ActorProfileView(String name, String kind, List<String> roles, List<String> speaksFor,
                               Instant recordedFrom, Instant recordedTo) {
}
