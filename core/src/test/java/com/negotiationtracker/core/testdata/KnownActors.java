package com.negotiationtracker.core.testdata;

import com.negotiationtracker.core.actor.ActorDirectory;
import com.negotiationtracker.core.actor.ActorId;

import java.util.Set;

/** An actor directory that knows a fixed set of actors: what a test registered, and nobody else. */
public record KnownActors(Set<ActorId> actors) implements ActorDirectory {

    public KnownActors {
        actors = Set.copyOf(actors);
    }

    public static KnownActors of(ActorId... actors) {
        return new KnownActors(Set.of(actors));
    }

    /** Everyone of the reference story that {@link TestFacts} names. */
    public static KnownActors ofTheStory() {
        return of(TestFacts.TRUMP, TestFacts.PUTIN, TestFacts.ZELENSKIY, TestFacts.KREMLIN, TestFacts.VANCE,
                TestFacts.RUBIO, TestFacts.RUSSIA, TestFacts.UKRAINE, TestFacts.UNITED_STATES);
    }

    @Override
    public boolean isKnown(ActorId actor) {
        return actors.contains(actor);
    }
}
