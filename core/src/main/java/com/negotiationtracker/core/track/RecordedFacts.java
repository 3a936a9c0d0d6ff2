package com.negotiationtracker.core.track;

import org.axonframework.eventhandling.DomainEventMessage;

/**
 * The facts a track recorded, read back from its stream by sequence number: a dispute or correction of a claim names
 * the value the fact recorded, which the track does not keep in memory. Answers inside the current unit of work, so a fact
 * recorded earlier in the same dossier import is found too.
 */
public interface RecordedFacts {

    /**
     * @return the event at that place in the stream
     * @throws IllegalStateException when the stream holds no fact there
     */
    FactEvent fact(String streamId, long sequenceNumber);

    /** The fact an event read back records; refused loudly when the track's place for a fact holds something else. */
    static FactEvent requireFact(DomainEventMessage<?> event, String streamId) {
        if (event.getPayload() instanceof FactEvent fact) {
            return fact;
        }
        throw new IllegalStateException("event " + event.getSequenceNumber() + " of stream '" + streamId
                + "' is a " + event.getPayloadType().getSimpleName() + ", not a fact");
    }
}
