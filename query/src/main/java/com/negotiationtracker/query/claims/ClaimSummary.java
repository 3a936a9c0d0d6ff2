package com.negotiationtracker.query.claims;

import java.time.Instant;

/**
 * One claim of the ledger, as a list shows it: the fact ({@code id} is {@code track/factId}), who asserted it, its
 * status, its first appearance in print and when the tracker first learnt of the claim, and how many appearances,
 * corroborations, disputes and corrections it has.
 */
public record ClaimSummary(String id, String track, String factId, String kind, String summary, ClaimStatus status,
                           String assertedBy, String validTime, AppearanceView firstAppearance,
                           Instant firstRecordedAt, int appearances, int corroborations, int disputes,
                           int corrections) {
}
