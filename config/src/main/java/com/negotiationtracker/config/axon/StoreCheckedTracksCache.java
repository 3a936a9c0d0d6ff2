package com.negotiationtracker.config.axon;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.ref.SoftReference;
import java.lang.reflect.Field;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Axon's aggregate cache for the tracks: the tracks used last stay in memory between units of work, so that a write
 * to a busy track neither reads nor deserializes its snapshot and the events after it (four fifths of a single
 * write's time went there, see BENCHMARKS.md), and holds the track's lock for less time.
 * <p>
 * Another writer (a second instance, the command-line import) may have added to a track since it was cached. So a
 * cached track is only handed out at the last sequence number the store holds for its stream (one indexed query, in
 * the loading unit of work's transaction). One that is behind is brought up to date with the events added after its
 * version, as a load applies the events after a snapshot: with two instances writing to the same busy tracks, each
 * write otherwise read the track's snapshot and the events after it again (a third of the second instance's request
 * time in a profile, BENCHMARKS.md). Should that fail, the track is dropped and read from the store. A writer
 * appending after the check still collides with this one on the stream's next sequence number, which the store keeps
 * unique: a conflict, rolled back (Axon then drops the cached track) and retryable, as without a cache.
 * <p>
 * Axon hands out a cached track under the track's lock, so no other thread of this process uses it meanwhile.
 * <p>
 * At most {@code capacity} tracks, and tracks of at most {@code eventBudget} events in all (a track's state grows with
 * its stream: a busy track holds the fingerprint of each of tens of thousands of facts), the least recently used
 * leaving first; the one used last always stays. Each is held softly as well: under memory pressure the collector may
 * drop them, and a dropped track is read from the store again. Soft references alone are no bound: they keep the
 * heap full until a collection has to clear them, and the database, allocating its write buffers meanwhile, ran out
 * of memory first (a million-fact import in 512 MiB, BENCHMARKS.md).
 */
final class StoreCheckedTracksCache implements Cache {

    private static final Logger log = LoggerFactory.getLogger(StoreCheckedTracksCache.class);

    /** Axon's cache entry keeps the aggregate's version, and the aggregate it was made from, to itself. */
    private static final Field VERSION = entryField("version");
    private static final Field AGGREGATE = entryField("aggregate");

    private final EventStore eventStore;
    private final int capacity;
    private final long eventBudget;
    /** In the order of use, the least recent first. */
    private final LinkedHashMap<Object, Held> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long eventsHeld;

    /** A cached value, and the events of its stream it stands for. */
    private record Held(SoftReference<Object> value, long events) {
    }

    StoreCheckedTracksCache(EventStore eventStore, int capacity, long eventBudget) {
        this.eventStore = eventStore;
        this.capacity = capacity;
        this.eventBudget = eventBudget;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object value = held(key);
        if (value instanceof AggregateCacheEntry<?> entry) {
            AggregateCacheEntry<?> current = current(key, entry);
            if (current == null) {
                remove(key, value);
            }
            return (V) current;
        }
        return (V) value;
    }

    /** The entry at the store's last sequence number: as it is, brought up to date, or null when neither can be. */
    private AggregateCacheEntry<?> current(Object key, AggregateCacheEntry<?> entry) {
        Long cached = version(entry);
        Long stored = eventStore.lastSequenceNumberFor(key.toString()).orElse(null);
        if (Objects.equals(cached, stored)) {
            return entry;
        }
        EventSourcedAggregate<?> aggregate = aggregate(entry);
        if (cached == null || stored == null || stored < cached || aggregate == null || aggregate.isDeleted()) {
            return null;
        }
        try {
            aggregate.initializeState(eventStore.readEvents(key.toString(), cached + 1));
        } catch (RuntimeException notApplied) {
            // whatever part was applied goes with the entry; the store still holds the whole stream
            log.warn("Could not bring the cached {} up to date from version {}; reading it from the store", key,
                    cached, notApplied);
            return null;
        }
        if (aggregate.version() == null || aggregate.version() < stored) {
            return null;
        }
        log.debug("{} was brought up to date from version {} to {}", key, cached, aggregate.version());
        AggregateCacheEntry<?> caughtUp = new AggregateCacheEntry<>(aggregate);
        put(key, caughtUp);
        return caughtUp;
    }

    private synchronized Object held(Object key) {
        Held held = entries.get(key);
        Object value = held == null ? null : held.value().get();
        if (held != null && value == null) {
            log.debug("{} was cleared from the cache by the collector", key);
            drop(key);
        } else if (held == null) {
            log.debug("{} is not in the cache", key);
        }
        return value;
    }

    private synchronized void remove(Object key, Object value) {
        Held held = entries.get(key);
        if (held != null && held.value().get() == value) {
            drop(key);
        }
    }

    @Override
    public synchronized void put(Object key, Object value) {
        drop(key);
        Long version = value instanceof AggregateCacheEntry<?> entry ? version(entry) : null;
        long events = version == null ? 1 : version + 1;
        entries.put(key, new Held(new SoftReference<>(value), events));
        eventsHeld += events;
        // (an access-ordered map: a get() while iterating would reorder it)
        Iterator<Map.Entry<Object, Held>> leastRecentFirst = entries.entrySet().iterator();
        while (entries.size() > 1 && (entries.size() > capacity || eventsHeld > eventBudget)) {
            Map.Entry<Object, Held> leaving = leastRecentFirst.next();
            log.debug("{} leaves the cache, used least recently", leaving.getKey());
            eventsHeld -= leaving.getValue().events();
            leastRecentFirst.remove();
        }
    }

    private void drop(Object key) {
        Held held = entries.remove(key);
        if (held != null) {
            eventsHeld -= held.events();
        }
    }

    @Override
    public synchronized boolean putIfAbsent(Object key, Object value) {
        if (held(key) != null) {
            return false;
        }
        put(key, value);
        return true;
    }

    @Override
    public synchronized boolean remove(Object key) {
        boolean held = entries.containsKey(key);
        // Axon removes an entry when the unit of work that used it rolls back (a conflict, a refusal)
        log.debug("{} is removed from the cache", key);
        drop(key);
        return held;
    }

    @Override
    public synchronized void removeAll() {
        entries.clear();
        eventsHeld = 0;
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return held(key) != null;
    }

    /** Nobody listens to this cache's entries. */
    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        return () -> true;
    }

    static Long version(AggregateCacheEntry<?> entry) {
        return (Long) read(VERSION, entry);
    }

    /** The aggregate the entry was made from; null for an entry that was serialized (never, in this cache). */
    private static EventSourcedAggregate<?> aggregate(AggregateCacheEntry<?> entry) {
        return (EventSourcedAggregate<?>) read(AGGREGATE, entry);
    }

    private static Object read(Field field, AggregateCacheEntry<?> entry) {
        try {
            return field.get(entry);
        } catch (IllegalAccessException notAccessible) {
            throw new IllegalStateException(notAccessible);
        }
    }

    private static Field entryField(String name) {
        try {
            Field field = AggregateCacheEntry.class.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException changedByAnAxonUpgrade) {
            throw new IllegalStateException("Axon's AggregateCacheEntry has no " + name + " field any more: the tracks'"
                    + " cache cannot check its entries against the store", changedByAnAxonUpgrade);
        }
    }
}
