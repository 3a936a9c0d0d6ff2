package com.negotiationtracker.query.audit;

/**
 * Asks whether every sealed event is still stored as it was sealed: the chain is recomputed from the event table;
 * answered with a {@link Verification} ({@link Verdict#INTACT} or {@link Verdict#TAMPERED}).
 */
public record IsChainIntact() {
}
