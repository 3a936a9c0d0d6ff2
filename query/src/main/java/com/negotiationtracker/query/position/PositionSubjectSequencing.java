package com.negotiationtracker.query.position;

import com.negotiationtracker.core.position.PositionStated;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

/**
 * Hands every stance of one party on one issue to the same segment of the {@value PositionProjection#PROCESSING_GROUP}
 * processor. A party states its stance on an issue in many tracks; split by track (Axon's default), two segments
 * would work on one party's history on an issue at once, and on PostgreSQL with several segments they made the same
 * subject's row together or locked subjects in opposite orders, so that whole batches failed and were handled again.
 * By subject, each history has one writer, and stances of one subject keep their order.
 */
public final class PositionSubjectSequencing implements SequencingPolicy<EventMessage<?>> {

    private final SequentialPerAggregatePolicy otherwise = SequentialPerAggregatePolicy.instance();

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        if (event.getPayload() instanceof PositionStated stated) {
            return "position:" + stated.party().value() + "/" + stated.issue().value();
        }
        return otherwise.getSequenceIdentifierFor(event);
    }
}
