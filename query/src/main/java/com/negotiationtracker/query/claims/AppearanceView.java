package com.negotiationtracker.query.claims;

import java.time.Instant;

/**
 * One appearance of a claim in print: the source in which the fact was recorded ({@code kind} {@code recorded}), a
 * later report repeating it ({@code appearance}) or another actor confirming it ({@code corroboration}).
 * {@code recordedAt} is when the tracker learnt of this appearance; the source's publication time is when it was in
 * print.
 */
public record AppearanceView(String kind, String reportId, ClaimProvenanceView provenance, Instant recordedAt,
                             ClaimEventView event) {
}
