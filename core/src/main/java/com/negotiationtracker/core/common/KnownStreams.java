package com.negotiationtracker.core.common;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether the event store holds a stream, asked once per stream and process where the answer is yes.
 * <p>
 * A stream, once committed, exists for good (events are never removed), so a yes from the committed store is
 * remembered for the life of the process: a single write (a one-fact dossier) would otherwise ask the store about
 * every actor and track it names, twice (validation, then the track's rules), each on a connection of its own.
 * A no is never remembered: another writer may create the stream at any time.
 * <p>
 * Inside a unit of work the store also counts the events it has staged, which are not committed yet: such a yes is
 * remembered for that unit of work only, and for the process once it commits; when it rolls back, it is forgotten.
 */
public final class KnownStreams {

    private final EventStore eventStore;
    private final String unitOfWorkResource;
    private final Set<String> committed = ConcurrentHashMap.newKeySet();

    /**
     * @param eventStore the store to ask
     * @param name       names this set's resource in a unit of work: one per kind of stream
     */
    public KnownStreams(EventStore eventStore, String name) {
        this.eventStore = eventStore;
        this.unitOfWorkResource = name + ".known";
    }

    public boolean exists(String streamId) {
        if (committed.contains(streamId)) {
            return true;
        }
        if (!CurrentUnitOfWork.isStarted()) {
            boolean found = inStore(streamId);
            if (found) {
                committed.add(streamId);
            }
            return found;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Set<String> known = root.getOrComputeResource(unitOfWorkResource, key -> new HashSet<>());
        if (known.contains(streamId)) {
            return true;
        }
        boolean found = inStore(streamId);
        if (found) {
            known.add(streamId);
            root.afterCommit(unitOfWork -> committed.add(streamId));
        }
        return found;
    }

    private boolean inStore(String streamId) {
        return eventStore.lastSequenceNumberFor(streamId).isPresent();
    }
}
