package com.negotiationtracker.core.meeting;

import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.TrackCommand;
import com.negotiationtracker.core.track.TrackId;

import java.util.Objects;

/** Records that a meeting took place, at the fact's valid time. The meeting must have been proposed or agreed in the same track. */
public record HoldMeeting(TrackId track, Fact fact, MeetingId meeting) implements TrackCommand {

    public HoldMeeting {
        Objects.requireNonNull(meeting, "which meeting is missing");
    }
}
