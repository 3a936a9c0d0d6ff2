package com.negotiationtracker.core.position;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.TrackCommand;
import com.negotiationtracker.core.track.TrackId;

import java.util.Objects;

/** Records that a party proposed something to another: Zelenskiy proposed US investment in Ukrainian minerals. */
public record MakeProposal(TrackId track, Fact fact, ActorId proposer, ActorId addressee, Issue issue,
                           String proposal) implements TrackCommand {

    public MakeProposal {
        Objects.requireNonNull(proposer, "a proposal needs the party that makes it");
        Objects.requireNonNull(addressee, "a proposal needs the party it is made to");
        Objects.requireNonNull(issue, "a proposal needs an issue");
        if (proposal == null || proposal.isBlank()) {
            throw new IllegalArgumentException("a proposal needs its content");
        }
    }
}
