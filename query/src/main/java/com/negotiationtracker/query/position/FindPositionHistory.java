package com.negotiationtracker.query.position;

import java.time.Instant;

/**
 * Asks how a party's stance on an issue changed over valid time, as the record stood at {@code knownAt} (null: as it
 * stands now); answered with a {@link PositionHistory}.
 */
public record FindPositionHistory(String party, String issue, Instant knownAt) {
}
