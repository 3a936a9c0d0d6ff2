package com.negotiationtracker.query.claims;

import java.util.List;

/** One page of the claims ledger, and how many claims match in all. */
public record ClaimPage(List<ClaimSummary> claims, int page, int size, long total) {
}
