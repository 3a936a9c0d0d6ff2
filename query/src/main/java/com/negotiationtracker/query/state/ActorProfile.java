package com.negotiationtracker.query.state;

import com.negotiationtracker.core.actor.ActorKind;

import java.time.Instant;
import java.util.List;

/** One recorded profile of an actor (its registration or a revision): what it is and whom it speaks for. */
record ActorProfile(String actor, long sequence, ActorKind kind, List<String> speaksFor, Instant recordedAt) {

    ActorProfile {
        speaksFor = List.copyOf(speaksFor);
    }
}
