package com.negotiationtracker.core.talks;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.TrackCommand;
import com.negotiationtracker.core.track.TrackId;

import java.util.List;

/** Records that parties agreed to (start) negotiations. */
public record RecordTalksAgreement(TrackId track, Fact fact, List<ActorId> parties) implements TrackCommand {

    public RecordTalksAgreement {
        parties = List.copyOf(parties == null ? List.of() : parties);
    }
}
