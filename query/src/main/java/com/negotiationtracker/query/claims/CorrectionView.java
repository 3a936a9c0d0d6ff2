package com.negotiationtracker.query.claims;

import java.time.Instant;
import java.util.Map;

/**
 * A source corrected a field of the claim: the value it held before ({@code previousValue}, from
 * {@code previousBy}) stays visible beside the corrected one.
 */
public record CorrectionView(String reportId, String field, Map<String, Object> previousValue,
                             ClaimProvenanceView previousBy, Map<String, Object> correctedValue,
                             ClaimProvenanceView correctedBy, Instant recordedAt, ClaimEventView event) {
}
