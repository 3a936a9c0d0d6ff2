package com.negotiationtracker.core.channel;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.TrackCommand;
import com.negotiationtracker.core.track.TrackId;

import java.util.List;

/**
 * Records that direct contact between two parties stopped at the fact's valid time ("no direct contact with Putin
 * since the 2022 invasion"), so that the channel between them reads as dormant from then on.
 */
public record RecordContactSuspension(TrackId track, Fact fact, List<ActorId> parties) implements TrackCommand {

    public RecordContactSuspension {
        parties = List.copyOf(parties == null ? List.of() : parties);
    }
}
