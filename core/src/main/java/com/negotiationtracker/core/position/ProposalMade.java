package com.negotiationtracker.core.position;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.FactEvent;
import com.negotiationtracker.core.track.TrackId;

import java.util.List;

/** A party made a proposal to another (CAMEO 03x, express intent to cooperate). */
public record ProposalMade(TrackId track, Fact fact, ActorId proposer, ActorId addressee, Issue issue,
                           String proposal) implements FactEvent {

    @Override
    public List<ActorId> actors() {
        return List.of(proposer, addressee);
    }
}
