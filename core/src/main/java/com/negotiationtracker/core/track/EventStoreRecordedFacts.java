package com.negotiationtracker.core.track;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Reads a fact through Axon's event store, which also searches the events staged by the current unit of work. The
 * store reads a stream in batches from the given sequence number on, so a fact deep in a long stream costs a batch:
 * where the events are in a relational table, the application reads the one row instead.
 */
public class EventStoreRecordedFacts implements RecordedFacts {

    private final EventStore eventStore;

    public EventStoreRecordedFacts(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public FactEvent fact(String streamId, long sequenceNumber) {
        DomainEventStream events = eventStore.readEvents(streamId, sequenceNumber);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getSequenceNumber() == sequenceNumber) {
                return RecordedFacts.requireFact(event, streamId);
            }
        }
        throw new IllegalStateException("stream '" + streamId + "' holds no event " + sequenceNumber);
    }
}
