package com.negotiationtracker.query.replay;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Where the read models stand with respect to a replay: as the API and the command line report it. */
public enum ReplayState {
    /** No replay has been asked for since this instance started: the processors follow the store as usual. */
    IDLE,
    /** The processors are being reset, or are rebuilding their read models from the event store. */
    RUNNING,
    /** Every replayed processor has handled every event the store held when the replay began, and caught up. */
    DONE,
    /** A processor could not be reset; the message says which and why. */
    FAILED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
