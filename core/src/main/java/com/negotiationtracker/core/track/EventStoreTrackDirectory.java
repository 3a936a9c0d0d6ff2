package com.negotiationtracker.core.track;

import com.negotiationtracker.core.common.KnownStreams;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * The tracks as the event store knows them: a track is known when its stream exists. The store answers inside
 * the current unit of work, so tracks opened earlier in the same dossier import count as known.
 * <p>
 * A track once opened stays known (events are never removed), so the answers are remembered ({@link KnownStreams}).
 */
public class EventStoreTrackDirectory implements TrackDirectory {

    private final KnownStreams streams;

    public EventStoreTrackDirectory(EventStore eventStore) {
        this.streams = new KnownStreams(eventStore, EventStoreTrackDirectory.class.getName());
    }

    @Override
    public boolean isKnown(TrackId track) {
        return streams.exists(track.streamId());
    }
}
