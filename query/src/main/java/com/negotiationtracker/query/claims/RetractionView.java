package com.negotiationtracker.query.claims;

import java.time.Instant;

/** A source withdrew the claim; the claim and its history stay. */
public record RetractionView(String reportId, ClaimProvenanceView retractedBy, Instant recordedAt,
                             ClaimEventView event) {
}
