package com.negotiationtracker.core.claim;

import com.negotiationtracker.core.call.CallHeld;
import com.negotiationtracker.core.invitation.InvitationIssued;
import com.negotiationtracker.core.measure.PrisonerSwapCompleted;
import com.negotiationtracker.core.meeting.MeetingAgreed;
import com.negotiationtracker.core.meeting.MeetingProposed;
import com.negotiationtracker.core.meeting.MeetingScheduled;
import com.negotiationtracker.core.meeting.MeetingVenueConsidered;
import com.negotiationtracker.core.meeting.Venue;
import com.negotiationtracker.core.position.DemandMade;
import com.negotiationtracker.core.position.PositionStated;
import com.negotiationtracker.core.position.ProposalMade;
import com.negotiationtracker.core.position.SecurityGuaranteeOffered;
import com.negotiationtracker.core.time.ValidTime;
import com.negotiationtracker.core.track.FactEvent;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields of a claim that a later source can dispute or correct, named as in the dossier format: another date
 * ({@code validTime}), another duration, another venue, another planned time, another wording of the stance ...
 */
public enum ClaimField {
    SUMMARY("summary", ClaimValue.Type.TEXT),
    VALID_TIME("validTime", ClaimValue.Type.TIME),
    DURATION("duration", ClaimValue.Type.DURATION),
    VENUE("venue", ClaimValue.Type.VENUE),
    PLANNED_FOR("plannedFor", ClaimValue.Type.TIME),
    STANCE("stance", ClaimValue.Type.TEXT),
    DEMAND("demand", ClaimValue.Type.TEXT),
    PROPOSAL("proposal", ClaimValue.Type.TEXT),
    TERMS("terms", ClaimValue.Type.TEXT),
    RELEASED_COUNT("releasedCount", ClaimValue.Type.COUNT);

    private final String label;
    private final ClaimValue.Type type;

    ClaimField(String label, ClaimValue.Type type) {
        this.label = label;
        this.type = type;
    }

    /** The field's name in a dossier: {@code duration}, {@code validTime}. */
    public String label() {
        return label;
    }

    /** The sort of value the field holds. */
    public ClaimValue.Type type() {
        return type;
    }

    public static Optional<ClaimField> of(String label) {
        return Arrays.stream(values()).filter(field -> field.label.equals(label)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(ClaimField::label).toList();
    }

    /** Whether a fact of this event's kind has the field (a call has a duration; a statement has none). */
    public boolean appliesTo(FactEvent event) {
        return switch (this) {
            case SUMMARY, VALID_TIME -> true;
            case DURATION -> event instanceof CallHeld;
            case VENUE -> event instanceof InvitationIssued || event instanceof MeetingProposed
                    || event instanceof MeetingAgreed || event instanceof MeetingVenueConsidered
                    || event instanceof MeetingScheduled;
            case PLANNED_FOR -> event instanceof InvitationIssued || event instanceof MeetingProposed
                    || event instanceof MeetingAgreed || event instanceof MeetingScheduled;
            case STANCE -> event instanceof PositionStated;
            case DEMAND -> event instanceof DemandMade;
            case PROPOSAL -> event instanceof ProposalMade;
            case TERMS -> event instanceof SecurityGuaranteeOffered;
            case RELEASED_COUNT -> event instanceof PrisonerSwapCompleted;
        };
    }

    /**
     * The value the fact records for this field; null when the reporting gave none (a call without a duration) or
     * the fact's kind has no such field.
     */
    public ClaimValue valueIn(FactEvent event) {
        if (!appliesTo(event)) {
            return null;
        }
        return switch (this) {
            case SUMMARY -> ClaimValue.of(event.fact().summary());
            case VALID_TIME -> ClaimValue.of(event.fact().validTime());
            case DURATION -> ((CallHeld) event).duration() == null ? null
                    : ClaimValue.of(((CallHeld) event).duration());
            case VENUE -> venueOf(event) == null ? null : ClaimValue.of(venueOf(event));
            case PLANNED_FOR -> plannedFor(event) == null ? null : ClaimValue.of(plannedFor(event));
            case STANCE -> ClaimValue.of(((PositionStated) event).stance());
            case DEMAND -> ClaimValue.of(((DemandMade) event).demand());
            case PROPOSAL -> ClaimValue.of(((ProposalMade) event).proposal());
            case TERMS -> ((SecurityGuaranteeOffered) event).terms() == null ? null
                    : ClaimValue.of(((SecurityGuaranteeOffered) event).terms());
            case RELEASED_COUNT -> ((PrisonerSwapCompleted) event).releasedCount() == null ? null
                    : ClaimValue.of(((PrisonerSwapCompleted) event).releasedCount());
        };
    }

    /** Checks that a value fits this field: a duration for {@code duration}, a time for {@code validTime} ... */
    public void requireFits(ClaimValue value) {
        if (value != null && value.type() != type) {
            throw new IllegalArgumentException("field '" + label + "' takes a " + type.name().toLowerCase(
                    Locale.ROOT) + ", not a " + value.type().name().toLowerCase(Locale.ROOT));
        }
    }

    private static Venue venueOf(FactEvent event) {
        if (event instanceof InvitationIssued e) {
            return e.venue();
        }
        if (event instanceof MeetingProposed e) {
            return e.venue();
        }
        if (event instanceof MeetingAgreed e) {
            return e.venue();
        }
        if (event instanceof MeetingVenueConsidered e) {
            return e.venue();
        }
        return ((MeetingScheduled) event).venue();
    }

    private static ValidTime plannedFor(FactEvent event) {
        if (event instanceof InvitationIssued e) {
            return e.plannedFor();
        }
        if (event instanceof MeetingProposed e) {
            return e.plannedFor();
        }
        if (event instanceof MeetingAgreed e) {
            return e.plannedFor();
        }
        return ((MeetingScheduled) event).plannedFor();
    }
}
