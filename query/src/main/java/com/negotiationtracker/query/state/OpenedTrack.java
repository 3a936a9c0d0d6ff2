package com.negotiationtracker.query.state;

import java.time.Instant;
import java.util.List;

/** A negotiation track as opened: its title and parties, and when the record got it. */
record OpenedTrack(String track, String title, List<String> parties, Instant recordedAt) {

    OpenedTrack {
        parties = List.copyOf(parties);
    }
}
