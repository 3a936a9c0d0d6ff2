package com.negotiationtracker.query.claims;

import java.time.Instant;
import java.util.Map;

/**
 * A source gave another value for a field of the claim. Both values stand, each with its source: the claim's value
 * when disputed ({@code claimedValue}, null where the claim gave none, from {@code claimedBy}) and the other one
 * ({@code otherValue}, from {@code disputedBy}). Values are written as in a dossier, with a {@code display} line.
 */
public record DisputeView(String reportId, String field, Map<String, Object> claimedValue,
                          ClaimProvenanceView claimedBy, Map<String, Object> otherValue,
                          ClaimProvenanceView disputedBy, Instant recordedAt, ClaimEventView event) {
}
