package com.negotiationtracker.config.storage;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Axon's embedded event store, listing the events staged by the current unit of work and its parents in one pass
 * over them.
 * <p>
 * A dossier import sends its commands in units of work nested in its own, and their events stay staged there until
 * it commits (all or nothing, see {@code DossierImporter}). Whenever a stream is read or its last sequence number is
 * asked for meanwhile (an actor loaded to register it again, a fact read back for a dispute, a track's cached copy
 * checked), Axon lists the staged events, dropping those seen twice (a nested unit of work's events are handed to its
 * parent when it commits) by searching the list built so far for each one, a cost that grows with the square of the
 * dossier: on PostgreSQL (BENCHMARKS.md) dossiers of 10,000 facts imported at about 1,500 events a second that way,
 * and at 3,600 to 3,700, as fast as dossiers of 1,000 facts, with the events seen kept in a set, as here.
 * <p>
 * Same answer, same order: the events of the outermost unit of work first, those of a unit of work rolled back left
 * out, each once. Axon's list uses {@code equals}, which no event message overrides: the same message, which the set
 * of identities finds in constant time. The staged events are found under Axon's own resource name for them
 * ({@code this + "_EVENTS"}, fixed when the bus is made); {@code OnePassStagingEventStoreTest} compares the answers
 * with Axon's store's, so a version of Axon that names them otherwise fails it.
 */
final class OnePassStagingEventStore extends EmbeddedEventStore {

    private final String stagedEventsResource = this + "_EVENTS";

    OnePassStagingEventStore(Builder builder) {
        super(builder);
    }

    @Override
    protected List<EventMessage<?>> queuedMessages() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Collections.emptyList();
        }
        Deque<UnitOfWork<?>> outermostFirst = new ArrayDeque<>();
        for (UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get(); unitOfWork != null;
             unitOfWork = unitOfWork.parent().orElse(null)) {
            outermostFirst.addFirst(unitOfWork);
        }
        List<EventMessage<?>> messages = new ArrayList<>();
        Set<EventMessage<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (UnitOfWork<?> unitOfWork : outermostFirst) {
            if (unitOfWork.isRolledBack()) {
                continue; // what it staged is not going to be stored
            }
            List<EventMessage<?>> staged = unitOfWork.getOrDefaultResource(stagedEventsResource, List.of());
            for (EventMessage<?> event : staged) {
                if (seen.add(event)) {
                    messages.add(event);
                }
            }
        }
        return messages;
    }
}
