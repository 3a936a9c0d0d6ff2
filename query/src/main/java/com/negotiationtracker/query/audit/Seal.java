package com.negotiationtracker.query.audit;

/**
 * One link of the chain ({@code event_chain}): the {@code chainIndex}-th event sealed, the stored event it seals (by
 * global index and identifier), the seal before it and its own hash (both 64 hex digits).
 */
record Seal(long chainIndex, long globalIndex, String eventIdentifier, String previousHash, String hash) {

    /** Where the chain starts: no seal yet, and the hash every first seal follows. */
    static final Seal GENESIS = new Seal(0, -1, "", ChainHash.GENESIS, ChainHash.GENESIS);
}
