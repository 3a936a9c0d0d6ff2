package com.negotiationtracker.core.actor;

import com.negotiationtracker.core.common.KnownStreams;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * The directory as the event store knows it: an actor is known when its stream exists. The store answers inside
 * the current unit of work, so actors registered earlier in the same dossier import count as known.
 * <p>
 * An actor once stored stays known (events are never removed), so the answers are remembered
 * ({@link KnownStreams}): a dossier names the same few actors in fact after fact, and dossier after dossier.
 */
public class EventStoreActorDirectory implements ActorDirectory {

    private final KnownStreams streams;

    public EventStoreActorDirectory(EventStore eventStore) {
        this.streams = new KnownStreams(eventStore, EventStoreActorDirectory.class.getName());
    }

    @Override
    public boolean isKnown(ActorId actor) {
        return streams.exists(actor.streamId());
    }
}
