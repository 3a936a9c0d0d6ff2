package com.negotiationtracker.query.claims;

import java.util.Map;

/**
 * What the claim holds now for one of its fields (its duration, venue, date ...), and where that comes from: the
 * fact's own provenance ({@code reportId} null), or the correction that set it.
 */
public record ClaimFieldView(String field, Map<String, Object> value, ClaimProvenanceView from, String reportId) {
}
