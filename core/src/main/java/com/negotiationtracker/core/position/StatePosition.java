package com.negotiationtracker.core.position;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.TrackCommand;
import com.negotiationtracker.core.track.TrackId;

import java.util.Objects;

/**
 * Records a party's stance on an issue: the US holds Ukraine's NATO membership "unrealistic". The stance is a short
 * label an analyst can compare over time; the source's words are in the fact's provenance.
 */
public record StatePosition(TrackId track, Fact fact, ActorId party, Issue issue, String stance)
        implements TrackCommand {

    public StatePosition {
        Objects.requireNonNull(party, "a position needs the party that holds it");
        Objects.requireNonNull(issue, "a position needs an issue");
        if (stance == null || stance.isBlank()) {
            throw new IllegalArgumentException("a position needs a stance");
        }
    }
}
