package com.negotiationtracker.core.actor;

import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * The directory as the event store knows it: an actor is known when its stream exists. The store answers inside
 * the current transaction, so actors registered earlier in the same dossier import count as known.
 */
public class EventStoreActorDirectory implements ActorDirectory {

    private final EventStore eventStore;

    public EventStoreActorDirectory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public boolean isKnown(ActorId actor) {
        return eventStore.lastSequenceNumberFor(actor.streamId()).isPresent();
    }
}
