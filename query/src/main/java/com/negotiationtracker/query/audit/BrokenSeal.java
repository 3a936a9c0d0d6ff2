package com.negotiationtracker.query.audit;

/**
 * The first event whose stored form no longer matches the chain: its place in the chain ({@code chainIndex}, from 1),
 * its global index and identifier as sealed, how it differs ({@code breach}) and a sentence saying so.
 */
public record BrokenSeal(long chainIndex, long globalIndex, String eventIdentifier, Breach breach, String detail) {
}
