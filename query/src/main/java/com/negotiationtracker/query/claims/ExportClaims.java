package com.negotiationtracker.query.claims;

/**
 * Asks for the next batch of claims in full, in the order of their ids (track, then fact id), after the claim
 * {@code afterTrack/afterFactId} (both null for the first batch); answered with a list of {@link ClaimDetail}.
 * Ordering by id, not by a value that new reports can change, lets an export page through the ledger while it
 * grows without skipping or repeating a claim.
 */
public record ExportClaims(String afterTrack, String afterFactId, int size) {

    public ExportClaims {
        if ((afterTrack == null) != (afterFactId == null)) {
            throw new IllegalArgumentException("after names a claim by track and fact id, or nothing");
        }
        if (size < 1 || size > FindClaims.MAX_SIZE) {
            throw new IllegalArgumentException("a batch holds 1 to " + FindClaims.MAX_SIZE + " claims, not " + size);
        }
    }

    public static ExportClaims first(int size) {
        return new ExportClaims(null, null, size);
    }

    public ExportClaims after(ClaimDetail last) {
        return new ExportClaims(last.track(), last.factId(), size);
    }
}
