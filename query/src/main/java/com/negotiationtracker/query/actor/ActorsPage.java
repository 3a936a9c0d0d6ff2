package com.negotiationtracker.query.actor;

import com.negotiationtracker.query.timeline.ListTotal;
import com.negotiationtracker.query.timeline.Paging;

import java.time.Instant;
import java.util.List;

/**
 * One page of the actor directory as known at {@code knownAt}, ordered by id; {@code total} counts all entries
 * (exactly when {@code totalExact}, else at least that many, see {@link ListTotal}).
 */
public record ActorsPage(Instant knownAt, List<ActorView> entries, int page, int size, long total,
                         boolean totalExact) {

    public ActorsPage {
        entries = List.copyOf(entries);
    }

    public ActorsPage(Instant knownAt, List<ActorView> entries, Paging paging, ListTotal total) {
        this(knownAt, entries, paging.page(), paging.size(), total.count(), total.exact());
    }
}
