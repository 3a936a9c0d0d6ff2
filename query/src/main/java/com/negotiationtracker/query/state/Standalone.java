package com.negotiationtracker.query.state;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.dossier.FactKind;
import com.negotiationtracker.core.measure.PrisonerSwapCompleted;
import com.negotiationtracker.core.position.DemandMade;
import com.negotiationtracker.core.position.ProposalMade;
import com.negotiationtracker.core.position.SecurityGuaranteeOffered;
import com.negotiationtracker.core.track.FactEvent;

import java.util.List;
import java.util.Optional;

/**
 * The things of the state that one fact makes on its own (a measure, a demand, a proposal, a guarantee): each exists
 * from the fact's valid time on, keyed by track and fact id. Nothing else shapes them, so no fact needs keeping.
 */
final class Standalone {

    /** What a fact makes alone: one stretch, from the fact's valid time on. */
    record Thing(EntityKind kind, String key, String track, Stretch stretch) {
    }

    /** The status column of things that only ever exist. */
    private static final String EXISTS = "EXISTS";

    private Standalone() {
    }

    static Optional<Thing> of(FactEvent event) {
        String track = event.track().value();
        String fact = event.fact().id().value();
        StateTime validTime = StateTime.of(event.fact().validTime());
        Object state;
        EntityKind kind;
        if (event instanceof PrisonerSwapCompleted swap) {
            kind = EntityKind.MEASURE;
            state = new MeasureState(track, fact, FactKind.PRISONER_SWAP.label(), ids(swap.parties()),
                    swap.releasedCount(), swap.fact().summary(), validTime);
        } else if (event instanceof DemandMade demand) {
            kind = EntityKind.DEMAND;
            state = new DemandState(track, fact, demand.party().value(), demand.addressee().value(),
                    demand.issue().value(), demand.demand(), validTime);
        } else if (event instanceof ProposalMade proposal) {
            kind = EntityKind.PROPOSAL;
            state = new ProposalState(track, fact, proposal.proposer().value(), proposal.addressee().value(),
                    proposal.issue().value(), proposal.proposal(), validTime);
        } else if (event instanceof SecurityGuaranteeOffered guarantee) {
            kind = EntityKind.GUARANTEE;
            state = new GuaranteeState(track, fact, ids(guarantee.guarantors()), guarantee.beneficiary().value(),
                    guarantee.terms(), validTime);
        } else {
            return Optional.empty();
        }
        return Optional.of(new Thing(kind, track + "/" + fact, track,
                new Stretch(validTime.from(), null, EXISTS, state)));
    }

    private static List<String> ids(List<ActorId> actors) {
        return actors.stream().map(ActorId::value).toList();
    }
}
