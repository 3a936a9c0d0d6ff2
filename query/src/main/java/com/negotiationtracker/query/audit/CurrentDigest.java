package com.negotiationtracker.query.audit;

/** Asks for the chain's digest as it stands: how many events are sealed and the last seal; answered with a {@link Digest}. */
public record CurrentDigest() {
}
