package com.negotiationtracker.core.meeting;

import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.TrackCommand;
import com.negotiationtracker.core.track.TrackId;

import java.util.Objects;

/** Records that a meeting was called off. The meeting must have been proposed or agreed in the same track. */
public record CancelMeeting(TrackId track, Fact fact, MeetingId meeting) implements TrackCommand {

    public CancelMeeting {
        Objects.requireNonNull(meeting, "which meeting is missing");
    }
}
