package com.negotiationtracker.core.actor;

import java.util.List;

/** An actor's name, kind, roles or allegiances were revised; the earlier profile stays in the history. */
public record ActorProfileRevised(ActorId actor, String name, ActorKind kind, List<String> roles,
                                  List<ActorId> speaksFor) {

    public ActorProfileRevised {
        roles = List.copyOf(roles);
        speaksFor = List.copyOf(speaksFor);
    }
}
