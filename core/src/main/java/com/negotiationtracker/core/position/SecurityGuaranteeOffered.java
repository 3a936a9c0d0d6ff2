package com.negotiationtracker.core.position;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.FactEvent;
import com.negotiationtracker.core.track.TrackId;

import java.util.ArrayList;
import java.util.List;

/** Guarantors offered security guarantees to a beneficiary (CAMEO 0334, express intent to provide military protection). */
public record SecurityGuaranteeOffered(TrackId track, Fact fact, List<ActorId> guarantors, ActorId beneficiary,
                                       String terms) implements FactEvent {

    public SecurityGuaranteeOffered {
        guarantors = List.copyOf(guarantors);
    }

    @Override
    public List<ActorId> actors() {
        List<ActorId> actors = new ArrayList<>(guarantors);
        actors.add(beneficiary);
        return List.copyOf(actors);
    }
}
