package com.negotiationtracker.query.position;

import java.time.Instant;
import java.util.List;

/**
 * One page of the positions matrix at valid time {@code validAt} as known at {@code knownAt} (both as answered:
 * "now" made explicit), ordered by party then issue; {@code total} counts the positions of the whole matrix.
 */
public record PositionsPage(Instant validAt, Instant knownAt, List<PositionView> entries, int page, int size,
                            long total) {

    public PositionsPage {
        entries = List.copyOf(entries);
    }
}
