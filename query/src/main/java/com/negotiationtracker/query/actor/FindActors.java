package com.negotiationtracker.query.actor;

import com.negotiationtracker.core.actor.ActorKind;
import com.negotiationtracker.query.timeline.Paging;

import java.time.Instant;

/**
 * Asks for the actor directory as the record stood at {@code knownAt} (null: as it stands now), optionally of one
 * kind; answered with an {@link ActorsPage} ordered by actor id. Without {@code paging}, the first page of the
 * default size.
 */
public record FindActors(Instant knownAt, ActorKind kind, Paging paging) {

    public FindActors {
        if (paging == null) {
            paging = Paging.first();
        }
    }

    public static FindActors all() {
        return new FindActors(null, null, null);
    }

    public FindActors knownAt(Instant knownAt) {
        return new FindActors(knownAt, kind, paging);
    }

    public FindActors ofKind(ActorKind kind) {
        return new FindActors(knownAt, kind, paging);
    }

    public FindActors page(int page, int size) {
        return new FindActors(knownAt, kind, new Paging(page, size));
    }
}
