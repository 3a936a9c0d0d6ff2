package com.negotiationtracker.core.track;

/** A command addressed to one negotiation track. */
public interface TrackCommand {
    TrackId track();
}
