package com.negotiationtracker.query.audit;

/**
 * One row of Axon's event table ({@code domain_event_entry}) exactly as stored: every column, with the payload and
 * metadata as their stored bytes. What the chain seals, and what verification reads back.
 */
record StoredEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                   String type, String payloadType, String payloadRevision, byte[] payload, byte[] metaData,
                   String timeStamp) {
}
