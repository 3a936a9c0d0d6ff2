package com.negotiationtracker.query.claims;

/** Asks for one claim of the ledger, by its track and fact id; answered with an optional {@link ClaimDetail}. */
public record FindClaim(String track, String factId) {
}
