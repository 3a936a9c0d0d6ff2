package com.negotiationtracker.core.call;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.time.ReportedDuration;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.TrackCommand;
import com.negotiationtracker.core.track.TrackId;

import java.util.List;

/** Records that a call was held between participants; the duration is as reported, or null where none was. */
public record RecordCall(TrackId track, Fact fact, List<ActorId> participants, ReportedDuration duration)
        implements TrackCommand {

    public RecordCall {
        participants = List.copyOf(participants == null ? List.of() : participants);
    }
}
