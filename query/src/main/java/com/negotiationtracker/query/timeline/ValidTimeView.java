package com.negotiationtracker.query.timeline;

import com.negotiationtracker.core.time.TimePrecision;

import java.time.Instant;

/**
 * When a fact happened in the world, as reported ({@code value} at its {@code precision}, possibly approximate), and
 * the interval that denotes: {@code from} inclusive, {@code until} exclusive (equal for an instant).
 */
public record ValidTimeView(String value, TimePrecision precision, boolean approximate, Instant from,
                            Instant until) {
}
