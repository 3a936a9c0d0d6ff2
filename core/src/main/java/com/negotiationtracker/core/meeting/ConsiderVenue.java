package com.negotiationtracker.core.meeting;

import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.TrackCommand;
import com.negotiationtracker.core.track.TrackId;

import java.util.Objects;

/** Records that a venue is under consideration for a meeting: a third country, according to Russian sources. */
public record ConsiderVenue(TrackId track, Fact fact, MeetingId meeting, Venue venue) implements TrackCommand {

    public ConsiderVenue {
        Objects.requireNonNull(meeting, "which meeting is missing");
        Objects.requireNonNull(venue, "the venue under consideration is missing");
    }
}
