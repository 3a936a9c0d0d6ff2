package com.negotiationtracker.core.actor;

import java.util.List;

/** An actor entered the directory. */
public record ActorRegistered(ActorId actor, String name, ActorKind kind, List<String> roles, List<ActorId> speaksFor) {

    public ActorRegistered {
        roles = List.copyOf(roles);
        speaksFor = List.copyOf(speaksFor);
    }
}
