package com.negotiationtracker.query.position;

import java.time.Instant;
import java.util.List;

/**
 * Every stance a party stated on an issue, in valid-time order, each with the interval in which it held and its
 * source, as the record stood at {@code knownAt}. Empty when the record knew of no stance then. A stance that another,
 * recorded later, replaced at the very moment it was stated holds for an empty interval ({@code validTo} equals
 * {@code validFrom}): it stays in the history with its source.
 */
public record PositionHistory(String party, String issue, Instant knownAt, List<PositionView> stances) {

    public PositionHistory {
        stances = List.copyOf(stances);
    }
}
