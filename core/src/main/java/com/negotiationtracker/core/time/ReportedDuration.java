package com.negotiationtracker.core.time;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * How long something lasted, as a source reported it: the ISO-8601 duration ({@code PT1H30M}), whether the source
 * hedged it, and the source's own words ("close to an hour and a half") when there are any.
 */
public record ReportedDuration(String value, boolean approximate, String asReported) {

    public ReportedDuration {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a duration is missing");
        }
        try {
            Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not an ISO-8601 duration such as PT1H30M");
        }
    }

    public Duration duration() {
        return Duration.parse(value);
    }
}
