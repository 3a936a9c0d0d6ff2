package com.negotiationtracker.core.time;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * How long something lasted, as a source reported it: the ISO-8601 duration ({@code PT1H30M}), how the source
 * hedged it ("close to an hour and a half" is {@link Hedge#APPROXIMATE}, "more than an hour" {@link Hedge#AT_LEAST}),
 * and the source's own words when there are any.
 * <p>
 * Until revision 2 of {@link com.negotiationtracker.core.call.CallHeld} a duration knew only whether it was
 * approximate; stored events of that shape are upcast by
 * {@link com.negotiationtracker.core.call.CallHeldUpcaster}.
 */
public record ReportedDuration(String value, Hedge hedge, String asReported) {

    public ReportedDuration {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a duration is missing");
        }
        try {
            Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not an ISO-8601 duration such as PT1H30M");
        }
        Objects.requireNonNull(hedge, "a duration needs its hedge: exact, approximate, at-least or at-most");
    }

    /** A duration reported exactly or approximately: the only two hedges there were before revision 2. */
    public ReportedDuration(String value, boolean approximate, String asReported) {
        this(value, approximate ? Hedge.APPROXIMATE : Hedge.EXACT, asReported);
    }

    /** Whether the source said "around", "about", "close to" the value. */
    public boolean approximate() {
        return hedge == Hedge.APPROXIMATE;
    }

    public Duration duration() {
        return Duration.parse(value);
    }
}
