package com.negotiationtracker.query.claims;

/**
 * Asks for a page of the claims ledger, sorted by first appearance (earliest first, or latest first when
 * {@code newestFirst}); answered with a {@link ClaimPage}. Every filter is optional (null or blank): the actor the
 * claim names or who reported on it, a source reference it appeared in (or was disputed, corrected or retracted in),
 * a dossier kind of fact, a status, a track and a fact id. Pages count from 0.
 */
public record FindClaims(String actor, String source, String kind, ClaimStatus status, String track, String factId,
                         int page, int size, boolean newestFirst) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public FindClaims {
        if (page < 0) {
            throw new IllegalArgumentException("page counts from 0, not " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("a page holds 1 to " + MAX_SIZE + " claims, not " + size);
        }
    }

    public static FindClaims all() {
        return new FindClaims(null, null, null, null, null, null, 0, DEFAULT_SIZE, false);
    }

    public FindClaims page(int page, int size) {
        return new FindClaims(actor, source, kind, status, track, factId, page, size, newestFirst);
    }
}
