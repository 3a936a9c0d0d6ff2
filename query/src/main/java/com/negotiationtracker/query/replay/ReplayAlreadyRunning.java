package com.negotiationtracker.query.replay;

import java.time.Instant;

/** A replay was asked for while another one is still running on this instance. */
public class ReplayAlreadyRunning extends IllegalStateException {

    private final Instant startedAt;

    public ReplayAlreadyRunning(Instant startedAt) {
        super("a replay started at " + startedAt + " is still running; only one runs at a time");
        this.startedAt = startedAt;
    }

    public Instant startedAt() {
        return startedAt;
    }
}
