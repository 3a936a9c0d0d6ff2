package com.negotiationtracker.core.actor;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.HashSet;
import java.util.Set;

/**
 * The directory as the event store knows it: an actor is known when its stream exists. The store answers inside
 * the current unit of work, so actors registered earlier in the same dossier import count as known.
 * <p>
 * Within a unit of work the actors found are remembered: asking the store means scanning the events the unit of
 * work has staged, and a dossier names the same few actors in fact after fact. Only "known" is remembered, as an
 * actor cannot stop being known while the unit of work lasts; when it rolls back, what it remembered goes with it.
 */
public class EventStoreActorDirectory implements ActorDirectory {

    private static final String KNOWN_ACTORS = EventStoreActorDirectory.class.getName() + ".known";

    private final EventStore eventStore;

    public EventStoreActorDirectory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public boolean isKnown(ActorId actor) {
        if (!CurrentUnitOfWork.isStarted()) {
            return hasStream(actor);
        }
        Set<ActorId> known = CurrentUnitOfWork.get().root().getOrComputeResource(KNOWN_ACTORS, key -> new HashSet<>());
        if (known.contains(actor)) {
            return true;
        }
        boolean found = hasStream(actor);
        if (found) {
            known.add(actor);
        }
        return found;
    }

    private boolean hasStream(ActorId actor) {
        return eventStore.lastSequenceNumberFor(actor.streamId()).isPresent();
    }
}
