package com.negotiationtracker.config.storage;

import com.negotiationtracker.core.track.EventStoreRecordedFacts;
import com.negotiationtracker.core.track.FactEvent;
import com.negotiationtracker.core.track.RecordedFacts;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

import java.util.List;

/**
 * Reads a recorded fact as the one row of the JPA event table that holds it (the unique index on stream and sequence
 * number finds it), upcast and deserialized as the event store would. Axon's own read fetches a batch of events
 * from that place on (500 here), which for a fact early in a busy track is 500 rows read to use one.
 * <p>
 * A fact recorded in the current unit of work is not in the table yet: it is staged until the unit of work commits.
 * Then the event store is asked, which searches the staged events too; the table holds nothing at or after that
 * place in the stream, so that read costs no batch.
 */
final class RowReadRecordedFacts implements RecordedFacts {

    private static final String ONE_EVENT = "SELECT new org.axonframework.eventhandling.GenericDomainEventEntry("
            + "e.type, e.aggregateIdentifier, e.sequenceNumber, e.eventIdentifier, e.timeStamp, e.payloadType, "
            + "e.payloadRevision, e.payload, e.metaData) FROM DomainEventEntry e "
            + "WHERE e.aggregateIdentifier = :stream AND e.sequenceNumber = :sequence";

    private final EntityManagerProvider entityManagers;
    private final Serializer eventSerializer;
    private final EventUpcaster upcasters;
    private final RecordedFacts staged;

    RowReadRecordedFacts(EntityManagerProvider entityManagers, Serializer eventSerializer, EventUpcaster upcasters,
                         EventStore eventStore) {
        this.entityManagers = entityManagers;
        this.eventSerializer = eventSerializer;
        this.upcasters = upcasters;
        this.staged = new EventStoreRecordedFacts(eventStore);
    }

    @Override
    public FactEvent fact(String streamId, long sequenceNumber) {
        List<GenericDomainEventEntry> rows = entityManagers.getEntityManager()
                .createQuery(ONE_EVENT, GenericDomainEventEntry.class)
                .setParameter("stream", streamId)
                .setParameter("sequence", sequenceNumber)
                .getResultList();
        if (rows.isEmpty()) {
            return staged.fact(streamId, sequenceNumber);
        }
        DomainEventMessage<?> event = EventStreamUtils
                .upcastAndDeserializeDomainEvents(rows.stream().map(row -> (DomainEventData<?>) row), eventSerializer,
                        upcasters)
                .next();
        return RecordedFacts.requireFact(event, streamId);
    }
}
