package com.negotiationtracker.config.storage;

import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;

import java.util.List;

/** Axon's JPA engine, reading on without the gaps that {@link GapSettlement} knows are dead. */
class SettlingJpaEventStorageEngine extends JpaEventStorageEngine {

    private final GapSettlement gapSettlement;

    SettlingJpaEventStorageEngine(Builder builder, GapSettlement gapSettlement) {
        super(builder);
        this.gapSettlement = gapSettlement;
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        return gapSettlement.readOn(lastToken, token -> super.fetchTrackedEvents(token, batchSize));
    }
}
