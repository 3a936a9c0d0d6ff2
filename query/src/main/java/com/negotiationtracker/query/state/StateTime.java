package com.negotiationtracker.query.state;

import com.negotiationtracker.core.time.TimePrecision;
import com.negotiationtracker.core.time.ValidTime;

import java.time.Instant;

/**
 * A time of the world as reported ({@code value} at its {@code precision}, possibly approximate), and the instant its
 * interval starts at ({@code from}), for ordering. The read model's own shape, so that what its tables hold does not
 * change when the event classes do.
 */
public record StateTime(String value, TimePrecision precision, boolean approximate, Instant from) {

    static StateTime of(ValidTime time) {
        return time == null ? null : new StateTime(time.value(), time.precision(), time.approximate(), time.start());
    }
}
