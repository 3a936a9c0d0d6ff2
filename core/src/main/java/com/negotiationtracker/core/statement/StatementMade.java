package com.negotiationtracker.core.statement;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.position.Issue;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.FactEvent;
import com.negotiationtracker.core.track.TrackId;

import java.util.List;

/** Someone made a public statement (CAMEO 010, make statement). */
public record StatementMade(TrackId track, Fact fact, ActorId speaker, String channel, List<Issue> issues)
        implements FactEvent {

    public StatementMade {
        issues = List.copyOf(issues);
    }

    @Override
    public List<ActorId> actors() {
        return List.of(speaker);
    }
}
