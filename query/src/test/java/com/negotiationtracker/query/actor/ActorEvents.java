package com.negotiationtracker.query.actor;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.actor.ActorKind;
import com.negotiationtracker.core.actor.ActorProfileRevised;
import com.negotiationtracker.core.actor.ActorRegistered;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.MetaData;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Profiles of the reference story's actors for the directory tests, as a tracking processor delivers them. */
final class ActorEvents {

    static final Instant FIRST_IMPORT = Instant.parse("2026-01-05T09:00:00Z");
    static final Instant SECOND_IMPORT = Instant.parse("2026-01-06T09:00:00Z");

    private ActorEvents() {
    }

    static ActorRegistered registered(String id, String name, ActorKind kind, List<String> roles,
                                      String... speaksFor) {
        return new ActorRegistered(ActorId.of(id), name, kind, roles, ids(speaksFor));
    }

    static ActorProfileRevised revised(String id, String name, ActorKind kind, List<String> roles,
                                       String... speaksFor) {
        return new ActorProfileRevised(ActorId.of(id), name, kind, roles, ids(speaksFor));
    }

    static EventMessage<?> tracked(Object event, long position, Instant recordedAt) {
        return new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position),
                new GenericEventMessage<>(UUID.randomUUID().toString(), event, MetaData.emptyInstance(), recordedAt));
    }

    private static List<ActorId> ids(String... actors) {
        return List.of(actors).stream().map(ActorId::of).toList();
    }
}
