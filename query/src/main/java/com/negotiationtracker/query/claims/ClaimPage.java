package com.negotiationtracker.query.claims;

import com.negotiationtracker.query.timeline.ListTotal;

import java.util.List;

/**
 * One page of the claims ledger, and how many claims match in all ({@code total}: exactly when {@code totalExact},
 * else at least that many, see {@link ListTotal}).
 */
public record ClaimPage(List<ClaimSummary> claims, int page, int size, long total, boolean totalExact) {

    public ClaimPage(List<ClaimSummary> claims, int page, int size, ListTotal total) {
        this(claims, page, size, total.count(), total.exact());
    }
}
