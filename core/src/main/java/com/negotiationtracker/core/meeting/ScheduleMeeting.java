package com.negotiationtracker.core.meeting;

import com.negotiationtracker.core.time.ValidTime;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.TrackCommand;
import com.negotiationtracker.core.track.TrackId;

import java.util.Objects;

/** Records that a meeting was fixed for a time and venue. */
public record ScheduleMeeting(TrackId track, Fact fact, MeetingId meeting, Venue venue, ValidTime plannedFor)
        implements TrackCommand {

    public ScheduleMeeting {
        Objects.requireNonNull(meeting, "which meeting is missing");
        Objects.requireNonNull(plannedFor, "a scheduled meeting needs the time it is planned for");
        venue = venue == null ? Venue.unspecified() : venue;
    }
}
