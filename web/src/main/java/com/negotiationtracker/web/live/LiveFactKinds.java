package com.negotiationtracker.web.live;

import com.negotiationtracker.core.call.CallHeld;
import com.negotiationtracker.core.channel.DirectContactSuspended;
import com.negotiationtracker.core.dossier.FactKind;
import com.negotiationtracker.core.measure.PrisonerSwapCompleted;
import com.negotiationtracker.core.position.DemandMade;
import com.negotiationtracker.core.position.PositionStated;
import com.negotiationtracker.core.position.ProposalMade;
import com.negotiationtracker.core.position.SecurityGuaranteeOffered;
import com.negotiationtracker.core.statement.StatementMade;
import com.negotiationtracker.core.talks.NegotiationsAgreed;
import com.negotiationtracker.core.track.FactEvent;

import java.util.Locale;
import java.util.Map;

/**
 * The dossier kind name of a fact event, as the timeline names it. The event types whose name says their kind in
 * other words are listed; the others are named after their class ({@code InvitationIssued} is
 * {@code invitation-issued}, {@code MeetingVenueConsidered} is {@code meeting-venue-considered}), which is also how the
 * timeline names a kind it does not know yet.
 * <p>
 * This repeats what the timeline's {@code FactKinds} knows, which that package keeps to itself; the end-to-end test
 * of the live feed checks that both name every fact of the reference story alike.
 */
final class LiveFactKinds {

    private static final Map<Class<? extends FactEvent>, FactKind> RENAMED = Map.of(
            CallHeld.class, FactKind.CALL,
            StatementMade.class, FactKind.STATEMENT,
            NegotiationsAgreed.class, FactKind.TALKS_AGREED,
            DirectContactSuspended.class, FactKind.CONTACT_SUSPENDED,
            PrisonerSwapCompleted.class, FactKind.PRISONER_SWAP,
            PositionStated.class, FactKind.POSITION,
            DemandMade.class, FactKind.DEMAND,
            ProposalMade.class, FactKind.PROPOSAL,
            SecurityGuaranteeOffered.class, FactKind.SECURITY_GUARANTEE);

    private LiveFactKinds() {
    }

    static String nameOf(FactEvent event) {
        FactKind kind = RENAMED.get(event.getClass());
        return kind != null ? kind.label() : event.getClass().getSimpleName()
                .replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
