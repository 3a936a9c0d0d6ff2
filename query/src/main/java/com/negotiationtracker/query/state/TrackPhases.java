package com.negotiationtracker.query.state;

import com.negotiationtracker.core.dossier.FactKind;

import java.util.List;

/**
 * A track's phase in valid time, from its facts in valid-time order: each fact may move it forward (a call to
 * {@code CONTACT}, an agreement to negotiate to {@code TALKS_AGREED}, a meeting proposed, agreed or scheduled or an
 * invitation issued or accepted to {@code MEETING_PLANNED}, a meeting held to {@code MEETING_HELD}), never back, except
 * a suspension of direct contact, which returns it to {@code NO_CONTACT}. Before its facts a track has had no contact.
 */
final class TrackPhases {

    private TrackPhases() {
    }

    /**
     * @param track the track as opened, or null when the record does not hold its opening (its phase is then told
     *              from its facts alone)
     * @param facts the track's facts that shape its phase, as the record holds them at the moment asked about
     */
    static List<Stretch> history(String trackId, OpenedTrack track, List<RecordedFact> facts) {
        if (track == null && facts.isEmpty()) {
            return List.of();
        }
        List<RecordedFact> ordered = facts.stream().sorted(RecordedFact.IN_VALID_TIME_ORDER).toList();
        TrackState state = new TrackState(trackId, track == null ? null : track.title(),
                track == null ? List.of() : track.parties(), TrackPhase.NO_CONTACT, null, null);
        ValidHistory history = new ValidHistory()
                .change(ValidHistory.since(ordered.isEmpty() ? null : ordered.get(0).validFrom()),
                        state.phase().name(), state);
        for (RecordedFact fact : ordered) {
            state = next(state, fact);
            history.change(fact.validFrom(), state.phase().name(), state);
        }
        return history.stretches();
    }

    static TrackState next(TrackState before, RecordedFact fact) {
        if (fact.kind() == FactKind.CONTACT_SUSPENDED) {
            if (before.phase() == TrackPhase.NO_CONTACT && before.since() != null) {
                return before; // no contact since an earlier suspension
            }
            return new TrackState(before.track(), before.title(), before.parties(), TrackPhase.NO_CONTACT,
                    fact.validTime(), fact.id());
        }
        TrackPhase reached = phaseOf(fact.kind());
        if (reached.compareTo(before.phase()) <= 0) {
            return before;
        }
        return new TrackState(before.track(), before.title(), before.parties(), reached, fact.validTime(), fact.id());
    }

    /** The phase a fact brings a track to at least. */
    private static TrackPhase phaseOf(FactKind kind) {
        return switch (kind) {
            case MEETING_HELD -> TrackPhase.MEETING_HELD;
            case MEETING_PROPOSED, MEETING_AGREED, MEETING_SCHEDULED, INVITATION_ISSUED, INVITATION_ACCEPTED ->
                    TrackPhase.MEETING_PLANNED;
            case TALKS_AGREED -> TrackPhase.TALKS_AGREED;
            case CALL -> TrackPhase.CONTACT;
            default -> TrackPhase.NO_CONTACT;
        };
    }
}
