package com.negotiationtracker.query.state;

import java.time.Instant;

/**
 * Asks for the diplomatic state of the world at valid time {@code validAt}, as the record stood at record time
 * {@code knownAt}; answered with a {@link DiplomaticState}. Either time may be null for "now". {@code track}, when not
 * null or blank, narrows the answer to one negotiation track: its phase, its invitations, meetings, measures, demands,
 * proposals and guarantees, and the channel between its parties (a track the record did not hold at {@code knownAt}
 * has none of these).
 */
public record DiplomaticStateAt(Instant validAt, Instant knownAt, String track) {
}
