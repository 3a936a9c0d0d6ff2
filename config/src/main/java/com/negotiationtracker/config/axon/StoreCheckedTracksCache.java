package com.negotiationtracker.config.axon;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.lang.ref.SoftReference;
import java.lang.reflect.Field;
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
 * At most {@code capacity} tracks, the least recently used leaving first, each held softly: under memory pressure
 * the collector may drop them, and a dropped track is read from the store again.
 */
final class StoreCheckedTracksCache implements Cache {

    /** Axon's cache entry keeps the aggregate's version to itself. */
    private static final Field VERSION = versionField();

    private final EventStore eventStore;
    private final Map<Object, SoftReference<Object>> entries;

    StoreCheckedTracksCache(EventStore eventStore, int capacity) {
        this.eventStore = eventStore;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, SoftReference<Object>> eldest) {
                return size() > capacity;
            }
        };
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
        SoftReference<Object> reference = entries.get(key);
        Object value = reference == null ? null : reference.get();
        if (reference != null && value == null) {
            entries.remove(key);
        }
        return value;
    }

    private synchronized void remove(Object key, Object value) {
        SoftReference<Object> reference = entries.get(key);
        if (reference != null && reference.get() == value) {
            entries.remove(key);
        }
    }

    @Override
    public synchronized void put(Object key, Object value) {
        entries.put(key, new SoftReference<>(value));
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
        return entries.remove(key) != null;
    }

    @Override
    public synchronized void removeAll() {
        entries.clear();
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
