package com.negotiationtracker.core.time;

import java.time.Instant;

/**
 * When something happened (or is planned to happen) in the world, as precisely as the reporting says:
 * the call "on Wednesday" is {@code 2025-02-12} at day precision; "since the 2022 invasion" is {@code 2022-02}
 * at month precision. {@code approximate} marks reporting that hedges ("around", "close to").
 */
public record ValidTime(String value, TimePrecision precision, boolean approximate) {

    public ValidTime {
        TimePrecision implied = TimePrecision.of(value);
        if (precision == null) {
            precision = implied;
        } else if (precision != implied) {
            throw new IllegalArgumentException("'" + value + "' has " + implied + " precision, not " + precision);
        }
    }

    public static ValidTime of(String value) {
        return new ValidTime(value, null, false);
    }

    public static ValidTime approximately(String value) {
        return new ValidTime(value, null, true);
    }

    /** Start of the interval (inclusive): what the timeline sorts by. */
    public Instant start() {
        return precision.start(value);
    }

    /** End of the interval (exclusive). */
    public Instant end() {
        return precision.end(value);
    }
}
