package com.negotiationtracker.config.storage;

import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

import java.util.List;

/** Axon's JDBC engine, reading on without the gaps that {@link GapSettlement} knows are dead. */
class SettlingJdbcEventStorageEngine extends JdbcEventStorageEngine {

    private final GapSettlement gapSettlement;

    SettlingJdbcEventStorageEngine(Builder builder, GapSettlement gapSettlement) {
        super(builder);
        this.gapSettlement = gapSettlement;
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        return gapSettlement.readOn(lastToken, token -> super.fetchTrackedEvents(token, batchSize));
    }
}
