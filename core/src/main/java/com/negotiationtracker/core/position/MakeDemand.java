package com.negotiationtracker.core.position;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.TrackCommand;
import com.negotiationtracker.core.track.TrackId;

import java.util.Objects;

/** Records that a party demands something of another on an issue: Moscow demands permanent neutrality of Kyiv. */
public record MakeDemand(TrackId track, Fact fact, ActorId party, ActorId addressee, Issue issue, String demand)
        implements TrackCommand {

    public MakeDemand {
        Objects.requireNonNull(party, "a demand needs the party that makes it");
        Objects.requireNonNull(addressee, "a demand needs the party it is made of");
        Objects.requireNonNull(issue, "a demand needs an issue");
        if (demand == null || demand.isBlank()) {
            throw new IllegalArgumentException("a demand needs its content");
        }
    }
}
