package com.negotiationtracker.query.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The state projection's usual case, without recomputing a history from all its facts: a fact that follows every
 * fact of a channel's, a track phase's, an invitation's or a meeting's history in both valid and record time (see {@link Tail}) can only add one
 * change at the end of it. The history's last version, carried on, gives the state before the fact; the fact's
 * fold step ({@link Channels#next}, {@link TrackPhases#next}, {@link Invitations#next}, {@link Meetings#next}) gives the state after it; and the rows are those the
 * recomputation would write: the last version closed in record time and, from the fact's record time, the same
 * version ending at the fact and the new one from it. A busy channel or track then costs the same as a quiet one.
 * <p>
 * Anything less usual (no tail known, a fact about earlier times, inputs recorded at or after the fact's record time
 * already handled, a track opened or a profile recorded since) is left to the recomputation: each method answers
 * whether it dealt with the fact.
 */
final class NewestFacts {

    private NewestFacts() {
    }

    /** Extends the phase history of the fact's track, if the fact is its newest. */
    static boolean extendPhase(StateWorkingSet working, RecordedFact fact) {
        String track = fact.fact().track();
        if (working.track(track).filter(opened -> !opened.recordedAt().isBefore(fact.recordedAt())).isPresent()) {
            return false; // opened since: the title and parties of every version change
        }
        return extendHistory(working, EntityKind.TRACK, track, fact, TrackState.class,
                before -> TrackPhases.next(before, fact), after -> after.phase().name());
    }

    /** Extends the history of the invitation the fact is about, if the fact is its newest. */
    static boolean extendInvitation(StateWorkingSet working, RecordedFact fact) {
        KeptFact kept = fact.fact();
        return extendHistory(working, EntityKind.INVITATION, kept.track() + "/" + kept.subjectId(), fact,
                InvitationState.class, before -> Invitations.next(before, kept.track(), kept.subjectId(), fact),
                after -> after.status().name());
    }

    /** Extends the history of the meeting the fact is about, if the fact is its newest. */
    static boolean extendMeeting(StateWorkingSet working, RecordedFact fact) {
        KeptFact kept = fact.fact();
        return extendHistory(working, EntityKind.MEETING, kept.track() + "/" + kept.subjectId(), fact,
                MeetingState.class, before -> Meetings.next(before, kept.track(), kept.subjectId(), fact),
                after -> after.status().name());
    }

    private static <S> boolean extendHistory(StateWorkingSet working, EntityKind kind, String key, RecordedFact fact,
                                             Class<S> type, UnaryOperator<S> next, Function<S, String> status) {
        Optional<Tail> tail = working.tail(kind, key);
        Optional<HistoryRow> last = tail.filter(known -> known.isFollowedBy(fact))
                .flatMap(known -> carriedOn(working, kind, key, fact.recordedAt()));
        if (last.isEmpty()) {
            return false;
        }
        S before = StateJson.read(last.get().version().state(), type);
        S after = next.apply(before);
        extend(working, new Extension(kind, key, fact.fact().track(), last.get(), before, after, status.apply(after),
                tail.get()), fact);
        return true;
    }

    /** Extends the histories of the channels the fact belongs to, if the fact is the newest of each. */
    static boolean extendChannels(StateWorkingSet working, RecordedFact fact) {
        Instant from = fact.recordedAt();
        working.lockChannels();
        List<ActorProfile> profiles = working.profiles();
        if (profiles.stream().anyMatch(profile -> !profile.recordedAt().isBefore(from))) {
            return false; // whom the actors speak for may have changed since: every channel may move
        }
        Allegiances allegiances = working.allegiances(); // as of the fact: every profile was recorded before it
        List<Extension> extensions = new ArrayList<>();
        for (List<String> pair : Channels.pairsOf(fact.fact(), allegiances)) {
            String key = Channels.key(pair);
            Optional<Tail> tail = working.tail(EntityKind.CHANNEL, key);
            Optional<HistoryRow> last = tail.filter(known -> known.isFollowedBy(fact))
                    .flatMap(known -> carriedOn(working, EntityKind.CHANNEL, key, from));
            if (last.isEmpty()) {
                return false; // nothing written yet: all of the fact's channels, or none, are extended
            }
            ChannelVersion before = StateJson.read(last.get().version().state(), ChannelVersion.class);
            ChannelVersion after = Channels.next(before, pair, fact, allegiances);
            extensions.add(new Extension(EntityKind.CHANNEL, key, null, last.get(), before, after,
                    after.status().name(), tail.get()));
        }
        extensions.forEach(extension -> extend(working, extension, fact));
        return true;
    }

    /** The history's last version, if the record has held it since before {@code from}. */
    private static Optional<HistoryRow> carriedOn(StateWorkingSet working, EntityKind kind, String key,
                                                  Instant from) {
        return working.lastVersion(kind, key).filter(last -> last.recordedFrom().isBefore(from));
    }

    private static void extend(StateWorkingSet working, Extension extension, RecordedFact fact) {
        if (!extension.after().equals(extension.before())) {
            // as ValidHistory would have it: the state goes on unchanged (one stretch) or changes at the fact
            Instant from = fact.recordedAt();
            HistoryRow last = extension.last();
            Version lastVersion = last.version();
            HistoryRow next = new HistoryRow(new Version(fact.validFrom(), null, extension.status(),
                    StateJson.write(extension.after())), from, null);
            List<HistoryRow> wanted = List.of(
                    new HistoryRow(lastVersion, last.recordedFrom(), from),
                    new HistoryRow(new Version(lastVersion.validFrom(), fact.validFrom(), lastVersion.status(),
                            lastVersion.state()), from, null),
                    next);
            working.extend(extension.kind(), extension.key(), extension.track(), wanted, List.of(last), next);
        }
        working.tail(extension.kind(), extension.key(), Optional.of(extension.tail().extendedBy(fact)));
    }

    /** What one fact does to one history: its last version, the state before and after the fact. */
    private record Extension(EntityKind kind, String key, String track, HistoryRow last, Object before, Object after,
                             String status, Tail tail) {
    }
}
