package com.negotiationtracker.core.claim;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.provenance.Provenance;
import com.negotiationtracker.core.track.FactId;
import com.negotiationtracker.core.track.TrackId;

import java.util.List;
import java.util.stream.Stream;

/**
 * A source corrected one field of the claim. The claim holds {@code correctedValue} from now on; the value it held
 * before ({@code previousValue}, from {@code previousIn}) stays in the history, as does the fact itself.
 */
public record ClaimCorrected(TrackId track, FactId claim, ReportId report, ClaimField field, ClaimValue previousValue,
                             Provenance previousIn, ClaimValue correctedValue, Provenance provenance)
        implements ClaimEvent {

    @Override
    public List<ActorId> namedActors() {
        return Stream.concat(Stream.of(provenance.assertedBy()), correctedValue.namedActors().stream()).distinct()
                .toList();
    }
}
