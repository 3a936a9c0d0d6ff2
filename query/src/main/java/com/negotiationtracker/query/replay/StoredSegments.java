package com.negotiationtracker.query.replay;

import java.util.List;

/**
 * Every segment of a processor as the token store holds it, read without claiming any. Instances sharing a database
 * split a processor's segments between them, and an instance only sees how far its own have got: the others' stand
 * in the store.
 */
@FunctionalInterface
public interface StoredSegments {

    /** The processor's segments in the token store, in segment order; none when it has not started yet. */
    List<StoredSegment> of(String processorName);

    /** For a single instance whose token store cannot be read otherwise: its own segments tell everything. */
    static StoredSegments none() {
        return processorName -> List.of();
    }
}
