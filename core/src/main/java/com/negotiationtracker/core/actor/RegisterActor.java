package com.negotiationtracker.core.actor;

import java.util.List;

/**
 * Puts an actor in the directory, or revises its profile. Registering the same profile again records nothing.
 *
 * @param roles     the actor's roles as the reporting names them ("U.S. defense secretary")
 * @param speaksFor the actors it speaks for (the Kremlin speaks for Russia and Putin)
 */
public record RegisterActor(ActorId actor, String name, ActorKind kind, List<String> roles, List<ActorId> speaksFor)
        implements ActorCommand {

    public RegisterActor {
        java.util.Objects.requireNonNull(actor, "an actor needs an id");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("actor '" + actor + "' needs a name");
        }
        java.util.Objects.requireNonNull(kind, "actor '" + actor + "' needs a kind");
        roles = List.copyOf(roles == null ? List.of() : roles);
        speaksFor = List.copyOf(speaksFor == null ? List.of() : speaksFor);
    }
}
