package com.negotiationtracker.query.state;

import com.negotiationtracker.core.time.TimePrecision;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The moment an as-of question means: an instant with an offset ({@code 2025-02-12T14:30:00Z}) is itself; a day
 * ({@code 2025-02-12}), a month ({@code 2025-02}) or a year means its last microsecond (UTC), the state once everything
 * of that day, month or year had happened.
 */
public final class StateTimes {

    private StateTimes() {
    }

    /** The moment {@code text} means, or an {@link IllegalArgumentException} saying what is wrong with it. */
    public static Instant moment(String text) {
        TimePrecision precision = TimePrecision.of(text);
        if (precision == TimePrecision.INSTANT) {
            return precision.start(text);
        }
        return precision.end(text).minus(1, ChronoUnit.MICROS);
    }
}
