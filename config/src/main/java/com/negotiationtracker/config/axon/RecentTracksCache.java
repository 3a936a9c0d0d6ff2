package com.negotiationtracker.config.axon;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Axon's aggregate cache, holding the most recently used tracks (strongly, up to a number of them): a track used by
 * one dossier is still in memory for the next, so loading it reads neither its snapshot nor its events.
 * <p>
 * A cached track cannot record on stale state: appending its next event needs the next sequence number of its
 * stream, which the store's primary key makes unique, so a track another process has written to since fails with a
 * conflict (and Axon evicts it when the unit of work rolls back). It can still refuse a command on stale state, so it
 * is only switched on where one application writes the store (see AxonWiring#trackCache). Axon's own
 * {@code WeakReferenceCache} would lose the tracks at the next garbage collection between two dossiers.
 */
final class RecentTracksCache implements Cache {

    private final Map<Object, Object> entries;

    RecentTracksCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <K, V> V get(K key) {
        return (V) entries.get(key);
    }

    @Override
    public synchronized void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public synchronized boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value) == null;
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
        return entries.containsKey(key);
    }

    /** Nobody listens to this cache's entries. */
    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        return () -> true;
    }
}
