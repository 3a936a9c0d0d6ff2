package com.negotiationtracker.query.position;

import com.negotiationtracker.query.timeline.Paging;

import java.time.Instant;

/**
 * Asks for the positions matrix: each party's stance on each issue that holds at valid time {@code validAt}, as the
 * record stood at record time {@code knownAt}; answered with a {@link PositionsPage} ordered by party, then issue.
 * Null times mean now (for {@code knownAt}: the record as it stands); a null or blank party or issue means any;
 * without {@code paging}, the first page of the default size.
 */
public record FindPositions(Instant validAt, Instant knownAt, String party, String issue, Paging paging) {

    public FindPositions {
        if (paging == null) {
            paging = Paging.first();
        }
    }

    /** Every position that holds now, as the record stands. */
    public static FindPositions now() {
        return new FindPositions(null, null, null, null, null);
    }

    public FindPositions asOf(Instant validAt, Instant knownAt) {
        return new FindPositions(validAt, knownAt, party, issue, paging);
    }

    public FindPositions of(String party, String issue) {
        return new FindPositions(validAt, knownAt, party, issue, paging);
    }

    public FindPositions page(int page, int size) {
        return new FindPositions(validAt, knownAt, party, issue, new Paging(page, size));
    }
}
