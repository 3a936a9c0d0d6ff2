package com.negotiationtracker.query.position;

import com.negotiationtracker.query.timeline.ListTotal;
import com.negotiationtracker.query.timeline.Paging;

import java.time.Instant;
import java.util.List;

/**
 * One page of the positions matrix at valid time {@code validAt} as known at {@code knownAt} (both as answered:
 * "now" made explicit), ordered by party then issue; {@code total} counts the positions of the whole matrix (exactly
 * when {@code totalExact}, else at least that many, see {@link ListTotal}).
 */
public record PositionsPage(Instant validAt, Instant knownAt, List<PositionView> entries, int page, int size,
                            long total, boolean totalExact) {

    public PositionsPage {
        entries = List.copyOf(entries);
    }

    public PositionsPage(Instant validAt, Instant knownAt, List<PositionView> entries, Paging paging,
                         ListTotal total) {
        this(validAt, knownAt, entries, paging.page(), paging.size(), total.count(), total.exact());
    }
}
