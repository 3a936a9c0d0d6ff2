package com.negotiationtracker.query.actor;

import java.time.Instant;
import java.util.List;

/** One page of the actor directory as known at {@code knownAt}, ordered by id; {@code total} counts all entries. */
public record ActorsPage(Instant knownAt, List<ActorView> entries, int page, int size, long total) {

    public ActorsPage {
        entries = List.copyOf(entries);
    }
}
