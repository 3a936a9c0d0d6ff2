package com.negotiationtracker.config.axon;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class StoreCheckedTracksCacheTest {

    private static final String TRACK = "track:us-russia";

    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private final EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(storage).build();
    private final StoreCheckedTracksCache cache = new StoreCheckedTracksCache(store, 2, 1_000);

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void a_track_cached_at_the_stores_last_event_is_handed_out() {
        stored(TRACK, 0, 1, 2);
        AggregateCacheEntry<Track> entry = cachedAt(TRACK, 2);

        assertThat((Object) cache.get(TRACK)).isSameAs(entry);
    }

    @Test
    void a_track_another_writer_added_to_is_brought_up_to_date_with_the_events_added() {
        stored(TRACK, 0, 1, 2);
        cachedAt(TRACK, 2);
        storedEvent(TRACK, 3, "added by another writer");
        storedEvent(TRACK, 4, "and another");

        AggregateCacheEntry<Track> entry = cache.get(TRACK);

        assertThat(StoreCheckedTracksCache.version(entry)).isEqualTo(4L);
        Track track = entry.recreateAggregate(null, store, null).getAggregateRoot();
        assertThat(track.applied).as("only the events after the cached version")
                .containsExactly("added by another writer", "and another");
        assertThat((Object) cache.get(TRACK)).as("kept, at its new version").isSameAs(entry);
    }

    @Test
    void a_track_whose_added_events_cannot_be_applied_is_dropped_and_read_from_the_store_instead() {
        stored(TRACK, 0, 1, 2);
        cachedAt(TRACK, 2);
        storedEvent(TRACK, 3, Track.REFUSED);

        assertThat((Object) cache.get(TRACK)).isNull();
        assertThat(cache.containsKey(TRACK)).as("dropped").isFalse();
    }

    @Test
    void a_track_cached_past_the_stores_last_event_is_dropped() {
        stored(TRACK, 0, 1);
        cachedAt(TRACK, 2);

        assertThat((Object) cache.get(TRACK)).isNull();
        assertThat(cache.containsKey(TRACK)).as("dropped").isFalse();
    }

    @Test
    void the_track_used_least_recently_leaves_first() {
        stored("track:a", 0);
        stored("track:b", 0);
        stored("track:c", 0);
        cachedAt("track:a", 0);
        cachedAt("track:b", 0);
        cache.get("track:a");
        cachedAt("track:c", 0);

        assertThat(cache.containsKey("track:a")).isTrue();
        assertThat(cache.containsKey("track:b")).isFalse();
        assertThat(cache.containsKey("track:c")).isTrue();
    }

    @Test
    void tracks_of_more_events_than_the_budget_leave_least_recent_first_but_the_last_used_stays() {
        StoreCheckedTracksCache small = new StoreCheckedTracksCache(store, 10, 100);
        small.put("track:a", new AggregateCacheEntry<>(aggregateAt("track:a", 39)));
        small.put("track:b", new AggregateCacheEntry<>(aggregateAt("track:b", 39)));
        stored("track:a", LongStream.range(0, 40).toArray());
        assertThat((Object) small.get("track:a")).isNotNull();
        small.put("track:c", new AggregateCacheEntry<>(aggregateAt("track:c", 39)));

        // 40 events each: a and c fit the budget of 100, b was used least recently
        assertThat(small.containsKey("track:a")).isTrue();
        assertThat(small.containsKey("track:b")).isFalse();
        assertThat(small.containsKey("track:c")).isTrue();

        small.put("track:huge", new AggregateCacheEntry<>(aggregateAt("track:huge", 499)));

        assertThat(small.containsKey("track:huge")).as("the last used, alone over the budget").isTrue();
        assertThat(small.containsKey("track:a")).isFalse();
        assertThat(small.containsKey("track:c")).isFalse();

        small.remove("track:huge");
        small.put("track:a", new AggregateCacheEntry<>(aggregateAt("track:a", 39)));
        small.put("track:b", new AggregateCacheEntry<>(aggregateAt("track:b", 39)));
        assertThat(small.containsKey("track:a")).as("what left is no longer counted").isTrue();
        assertThat(small.containsKey("track:b")).isTrue();
    }

    @Test
    void the_version_of_a_cache_entry_can_be_read() {
        assertThat(StoreCheckedTracksCache.version(new AggregateCacheEntry<>(aggregateAt(TRACK, 7)))).isEqualTo(7L);
    }

    private void stored(String stream, long... sequenceNumbers) {
        for (long sequenceNumber : sequenceNumbers) {
            storedEvent(stream, sequenceNumber, "event");
        }
    }

    private void storedEvent(String stream, long sequenceNumber, String payload) {
        storage.appendEvents(new GenericDomainEventMessage<>("Track", stream, sequenceNumber, payload));
    }

    private AggregateCacheEntry<Track> cachedAt(String stream, long version) {
        AggregateCacheEntry<Track> entry = new AggregateCacheEntry<>(aggregateAt(stream, version));
        cache.put(stream, entry);
        return entry;
    }

    private EventSourcedAggregate<Track> aggregateAt(String stream, long version) {
        return EventSourcedAggregate.reconstruct(new Track(stream),
                AnnotatedAggregateMetaModelFactory.inspectAggregate(Track.class), version, false, store,
                NoSnapshotTriggerDefinition.TRIGGER);
    }

    /** The least an aggregate needs, an identifier, and the events applied to it since it was made. */
    static final class Track {
        static final String REFUSED = "an event its handler fails on";

        @AggregateIdentifier
        private final String id;
        private final List<String> applied = new ArrayList<>();

        Track(String id) {
            this.id = id;
        }

        @EventSourcingHandler
        void on(String event) {
            if (event.equals(REFUSED)) {
                throw new IllegalStateException(REFUSED);
            }
            applied.add(event);
        }
    }
}
