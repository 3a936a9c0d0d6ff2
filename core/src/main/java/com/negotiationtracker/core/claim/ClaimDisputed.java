package com.negotiationtracker.core.claim;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.provenance.Provenance;
import com.negotiationtracker.core.track.FactId;
import com.negotiationtracker.core.track.TrackId;

import java.util.List;
import java.util.stream.Stream;

/**
 * A source gave another value for one field of the claim (another duration, venue, date ...). Both values stand,
 * each with its source: {@code claimedValue} as the claim held it when disputed (null where the claim gave none) and
 * where that value came from ({@code claimedIn}), and {@code otherValue} as the {@code provenance} gives it.
 */
public record ClaimDisputed(TrackId track, FactId claim, ReportId report, ClaimField field, ClaimValue claimedValue,
                            Provenance claimedIn, ClaimValue otherValue, Provenance provenance)
        implements ClaimEvent {

    @Override
    public List<ActorId> namedActors() {
        return Stream.concat(Stream.of(provenance.assertedBy()), otherValue.namedActors().stream()).distinct()
                .toList();
    }
}
