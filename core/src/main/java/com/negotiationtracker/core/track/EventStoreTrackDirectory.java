package com.negotiationtracker.core.track;

import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * The tracks as the event store knows them: a track is known when its stream exists. The store answers inside
 * the current unit of work, so tracks opened earlier in the same dossier import count as known.
 */
public class EventStoreTrackDirectory implements TrackDirectory {

    private final EventStore eventStore;

    public EventStoreTrackDirectory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public boolean isKnown(TrackId track) {
        return eventStore.lastSequenceNumberFor(track.streamId()).isPresent();
    }
}
