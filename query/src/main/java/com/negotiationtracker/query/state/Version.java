package com.negotiationtracker.query.state;

import java.time.Instant;

/** One version of something in valid time: its state (as stored, in JSON) over {@code [validFrom, validTo)}. */
record Version(Instant validFrom, Instant validTo, String status, String state) {

    static Version of(Stretch stretch) {
        return new Version(stretch.validFrom(), stretch.validTo(), stretch.status(), StateJson.write(stretch.state()));
    }
}
