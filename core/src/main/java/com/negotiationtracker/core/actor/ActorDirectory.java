package com.negotiationtracker.core.actor;

/**
 * Answers whether an actor is in the directory. Aggregates ask it before they record a fact that names actors,
 * so that no fact points at an actor nobody registered.
 */
@FunctionalInterface
public interface ActorDirectory {

    boolean isKnown(ActorId actor);
}
