package com.negotiationtracker.core.statement;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.position.Issue;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.TrackCommand;
import com.negotiationtracker.core.track.TrackId;

import java.util.List;
import java.util.Objects;

/**
 * Records that someone made a statement, through a channel ("social media", "press conference"), about issues.
 * The words themselves are in the fact's provenance, as quoted by the source.
 */
public record RecordStatement(TrackId track, Fact fact, ActorId speaker, String channel, List<Issue> issues)
        implements TrackCommand {

    public RecordStatement {
        Objects.requireNonNull(speaker, "a statement needs a speaker");
        issues = List.copyOf(issues == null ? List.of() : issues);
    }
}
