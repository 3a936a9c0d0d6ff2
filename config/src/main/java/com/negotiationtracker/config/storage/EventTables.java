package com.negotiationtracker.config.storage;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

/**
 * The event and snapshot tables as the migrations make them (V1): the JPA entities' names in snake case, which is
 * what Hibernate's naming gives them, so that the JPA and the JDBC engine read and write the same rows.
 */
final class EventTables {

    static final EventSchema SCHEMA = EventSchema.builder()
            .eventTable("domain_event_entry")
            .snapshotTable("snapshot_event_entry")
            .globalIndexColumn("global_index")
            .timestampColumn("time_stamp")
            .eventIdentifierColumn("event_identifier")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .typeColumn("type")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .build();

    private EventTables() {
    }
}
