package com.negotiationtracker.query.state;

import com.negotiationtracker.core.dossier.FactKind;

import java.util.ArrayList;
import java.util.List;

/**
 * A meeting in valid time, from its facts: proposed, agreed, scheduled, held (its status only moves forward) or
 * cancelled (unless already held), with the venues that came under consideration on the way.
 */
final class Meetings {

    private Meetings() {
    }

    static List<Stretch> history(String track, String meeting, List<RecordedFact> facts) {
        ValidHistory history = new ValidHistory();
        MeetingState state = null;
        for (RecordedFact fact : facts.stream().sorted(RecordedFact.IN_VALID_TIME_ORDER).toList()) {
            state = next(state, track, meeting, fact);
            history.change(fact.validFrom(), state.status().name(), state);
        }
        return history.stretches();
    }

    /**
     * The meeting after one fact: what the fact says replaces what was known (participants, a venue, a planned time),
     * what it leaves out stays; a venue under consideration is added to the list instead.
     */
    static MeetingState next(MeetingState before, String track, String meeting, RecordedFact fact) {
        KeptFact kept = fact.fact();
        MeetingStatus reached = switch (fact.kind()) {
            case MEETING_PROPOSED, MEETING_VENUE_CONSIDERED -> MeetingStatus.PROPOSED;
            case MEETING_AGREED -> MeetingStatus.AGREED;
            case MEETING_SCHEDULED -> MeetingStatus.SCHEDULED;
            case MEETING_HELD -> MeetingStatus.HELD;
            case MEETING_CANCELLED -> MeetingStatus.CANCELLED;
            default -> throw new IllegalArgumentException(fact.kind().label() + " is no meeting fact");
        };
        boolean considered = fact.kind() == FactKind.MEETING_VENUE_CONSIDERED;
        List<VenueView> venuesConsidered = new ArrayList<>(before == null ? List.of() : before.venuesConsidered());
        VenueView venue = before == null ? VenueView.UNSPECIFIED : before.venue();
        if (considered) {
            if (kept.venue() != null && !venuesConsidered.contains(kept.venue())) {
                venuesConsidered.add(kept.venue());
            }
        } else if (kept.venue() != null) {
            venue = kept.venue();
        }
        StateTime plannedFor = kept.plannedFor() != null ? kept.plannedFor()
                : before == null ? null : before.plannedFor();
        MeetingStatus status = before == null ? reached : statusAfter(before.status(), reached);
        boolean statusChanged = before == null || status != before.status();
        return new MeetingState(track, meeting, kept.actors(), kept.attendees(), venue, venuesConsidered, plannedFor,
                status, statusChanged ? fact.validTime() : before.since(),
                statusChanged ? fact.id() : before.sinceFact());
    }

    private static MeetingStatus statusAfter(MeetingStatus before, MeetingStatus reached) {
        if (before == MeetingStatus.HELD || before == MeetingStatus.CANCELLED) {
            return before;
        }
        if (reached == MeetingStatus.CANCELLED) {
            return reached;
        }
        return reached.compareTo(before) > 0 ? reached : before;
    }
}
