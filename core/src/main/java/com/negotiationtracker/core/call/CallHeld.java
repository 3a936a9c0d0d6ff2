package com.negotiationtracker.core.call;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.time.ReportedDuration;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.FactEvent;
import com.negotiationtracker.core.track.TrackId;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A call was held between the participants (CAMEO 041, discuss by telephone).
 * <p>
 * Revision 2: the duration says how the source hedged it ({@code "hedge": "AT_LEAST"}) where revision 1 (stored
 * without a revision) had only {@code "approximate": true/false}; {@link CallHeldUpcaster} reads those.
 */
@Revision(CallHeld.REVISION)
public record CallHeld(TrackId track, Fact fact, List<ActorId> participants, ReportedDuration duration)
        implements FactEvent {

    /** The shape written now; see {@link CallHeldUpcaster} for the earlier one. */
    public static final String REVISION = "2";

    public CallHeld {
        participants = List.copyOf(participants);
    }

    @Override
    public List<ActorId> actors() {
        return participants;
    }
}
