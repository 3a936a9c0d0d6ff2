package com.negotiationtracker.query.state;

import java.time.Instant;

/**
 * A stretch of valid time {@code [validFrom, validTo)} over which something was in one state; {@code validTo} null
 * means "still so". {@code status} is the state's headline (a channel's ACTIVE, a track's phase) and {@code state} the
 * whole view record.
 */
record Stretch(Instant validFrom, Instant validTo, String status, Object state) {
}
