package com.negotiationtracker.query.claims;

import java.time.Instant;

/**
 * An event behind the ledger: its identifier in the event store, its type ({@code CallHeld},
 * {@code ClaimDisputed}), when the store recorded it, and its position in the store's global order where known.
 */
public record ClaimEventView(String id, String type, Instant recordedAt, Long globalPosition) {
}
