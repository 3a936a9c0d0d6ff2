package com.negotiationtracker.core.position;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.TrackCommand;
import com.negotiationtracker.core.track.TrackId;

import java.util.List;
import java.util.Objects;

/**
 * Records that guarantors offered security guarantees to a beneficiary, on terms stated in the editor's words:
 * Europe will provide guarantees to Ukraine even if NATO membership is not attainable.
 */
public record OfferSecurityGuarantee(TrackId track, Fact fact, List<ActorId> guarantors, ActorId beneficiary,
                                     String terms) implements TrackCommand {

    public OfferSecurityGuarantee {
        guarantors = List.copyOf(guarantors == null ? List.of() : guarantors);
        if (guarantors.isEmpty()) {
            throw new IllegalArgumentException("a security guarantee needs at least one guarantor");
        }
        Objects.requireNonNull(beneficiary, "a security guarantee needs a beneficiary");
    }
}
