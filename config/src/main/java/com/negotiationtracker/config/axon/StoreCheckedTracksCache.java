package com.negotiationtracker.config.axon;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.eventstore.EventStore;

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
 * cached track is only handed out when its version is the last sequence number the store holds for its stream (one
 * indexed query, in the loading unit of work's transaction); one that is behind is dropped and read from the store.
 * A writer appending after that check still collides with this one on the stream's next sequence number, which the
 * store keeps unique: a conflict, rolled back (Axon then drops the cached track) and retryable, as without a cache.
 * <p>
 * At most {@code capacity} tracks, and tracks of at most {@code eventBudget} events in all (a track's state grows with
 * its stream: a busy track holds the fingerprint of each of tens of thousands of facts), the least recently used
 * leaving first; the one used last always stays. Each is held softly as well: under memory pressure the collector may
 * drop them, and a dropped track is read from the store again. Soft references alone are no bound: they keep the
 * heap full until a collection has to clear them, and the database, allocating its write buffers meanwhile, ran out
 * of memory first (a million-fact import in 512 MiB, BENCHMARKS.md).
 */
final class StoreCheckedTracksCache implements Cache {

    /** Axon's cache entry keeps the aggregate's version to itself. */
    private static final Field VERSION = versionField();

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
        if (value instanceof AggregateCacheEntry<?> entry && !current(key, entry)) {
            remove(key, value);
            return null;
        }
        return (V) value;
    }

    private boolean current(Object key, AggregateCacheEntry<?> entry) {
        Long stored = eventStore.lastSequenceNumberFor(key.toString()).orElse(null);
        return Objects.equals(version(entry), stored);
    }

    private synchronized Object held(Object key) {
        Held held = entries.get(key);
        Object value = held == null ? null : held.value().get();
        if (held != null && value == null) {
            drop(key);
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
            eventsHeld -= leastRecentFirst.next().getValue().events();
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
        try {
            return (Long) VERSION.get(entry);
        } catch (IllegalAccessException notAccessible) {
            throw new IllegalStateException(notAccessible);
        }
    }

    private static Field versionField() {
        try {
            Field version = AggregateCacheEntry.class.getDeclaredField("version");
            version.setAccessible(true);
            return version;
        } catch (NoSuchFieldException changedByAnAxonUpgrade) {
            throw new IllegalStateException("Axon's AggregateCacheEntry has no version field any more: the tracks'"
                    + " cache cannot check its entries against the store", changedByAnAxonUpgrade);
        }
    }
}
