package com.negotiationtracker.query.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The state projection's second usual case: a fact recorded after every fact of a track's phase history or of a
 * channel's, but starting before the last of them in valid time (reported late, or a day or two apart from another
 * source's account). Recomputing such a history folds every fact of it from the first, which for a track or channel of
 * tens of thousands of facts is most of a replay's time. Yet nothing before the fact's valid start changes: the history
 * up to there is the version the record holds now, and the state just before the fact is that version's there. So the
 * history is folded again from that state, over the facts that start at or after the fact, and compared with the
 * version held, giving the rows the recomputation would. Only that part is read: the facts that start at or after the
 * fact, and the rows of the version held that end at or after its start (the one it starts in, and those after), each
 * through an index on valid time; a fact reported a month late in a history of years reads a month of it.
 * <p>
 * Anything less usual (no tail known, inputs recorded after the fact's record time already handled, the track opened
 * or a profile recorded since, a fact starting before the whole history) is left to the recomputation: each method
 * answers whether it dealt with the fact. Inputs recorded at the same instant (the facts of one dossier share their
 * record time) are not unusual: the rows they made at that instant are made again with the fact's.
 */
final class LateFacts {

    private static final Comparator<HistoryRow> IN_VALID_ORDER = Comparator.comparing(row -> row.version().validFrom());

    private LateFacts() {
    }

    /** Folds the phase history of the fact's track again from the fact's valid start, if it was recorded last. */
    static boolean refoldPhase(StateWorkingSet working, RecordedFact fact) {
        String track = fact.fact().track();
        if (working.track(track).filter(opened -> !opened.recordedAt().isBefore(fact.recordedAt())).isPresent()) {
            return false; // opened since: the title and parties of every version change
        }
        Optional<Refold> refold = Refold.of(working, EntityKind.TRACK, track, fact);
        refold.ifPresent(phase -> phase.apply(working, track, working.phaseFactsFrom(track, fact.validFrom()),
                TrackState.class, TrackPhases::next, state -> state.phase().name()));
        return refold.isPresent();
    }

    /** Folds the history of each channel the fact belongs to again from its valid start, if it was recorded last. */
    static boolean refoldChannels(StateWorkingSet working, RecordedFact fact) {
        working.lockChannels();
        if (working.profiles().stream().anyMatch(profile -> !profile.recordedAt().isBefore(fact.recordedAt()))) {
            return false; // whom the actors speak for may have changed since: every channel may move
        }
        Allegiances allegiances = working.allegiances(); // as of the fact: every profile was recorded before it
        List<List<String>> pairs = Channels.pairsOf(fact.fact(), allegiances);
        List<Refold> refolds = new ArrayList<>();
        for (List<String> pair : pairs) {
            Optional<Refold> refold = Refold.of(working, EntityKind.CHANNEL, Channels.key(pair), fact);
            if (refold.isEmpty()) {
                return false; // all of the fact's channels, or none, are folded here
            }
            refolds.add(refold.get());
        }
        for (int i = 0; i < pairs.size(); i++) {
            List<String> pair = pairs.get(i);
            Refold channel = refolds.get(i);
            // the facts filed under a key are those that could belong to it at some moment: these belong to it now
            List<RecordedFact> facts = working.channelFactsFrom(channel.key(), fact.validFrom()).stream()
                    .filter(filed -> Channels.pairsOf(filed.fact(), allegiances).contains(pair))
                    .toList();
            channel.apply(working, null, facts, ChannelState.class,
                    (before, next) -> Channels.next(before, pair, next, allegiances), state -> state.status().name());
        }
        return !pairs.isEmpty();
    }

    /**
     * One history to fold again from a fact's valid start: the part of the version the record holds of it from the
     * row the fact starts in ({@code held}: every row open, each held since before or at the fact's record time) and
     * where its facts end. An input recorded at the same instant as the fact (another fact of one dossier) may have
     * been handled already: its rows, opened at that instant or closed then, are {@code stored} with {@code held},
     * to be made again as a recomputation at that instant would.
     */
    private record Refold(EntityKind kind, String key, RecordedFact fact, List<HistoryRow> held,
                          List<HistoryRow> stored, Tail tail) {

        static Optional<Refold> of(StateWorkingSet working, EntityKind kind, String key, RecordedFact fact) {
            Instant from = fact.recordedAt();
            Optional<Tail> tail = working.tail(kind, key);
            if (tail.isEmpty() || from.isBefore(tail.get().lastRecordedAt())) {
                return Optional.empty();
            }
            List<HistoryRow> stored = working.rowsFrom(kind, key, from, fact.validFrom());
            if (stored.stream().anyMatch(row -> row.recordedFrom().isAfter(from)
                    || row.recordedTo() != null && !row.recordedTo().equals(from))) {
                return Optional.empty(); // rows of inputs recorded after the fact: not the latest
            }
            List<HistoryRow> held = stored.stream().filter(row -> row.recordedTo() == null)
                    .sorted(IN_VALID_ORDER).toList();
            if (held.isEmpty() || !held.get(0).version().validFrom().isBefore(fact.validFrom())) {
                return Optional.empty(); // the fact starts the history: no state before it is held
            }
            return Optional.of(new Refold(kind, key, fact, held, stored, tail.get()));
        }

        /**
         * Replaces the version held with the one folded again: the held stretches before the fact's valid start, then
         * from the state of the last of them, a change at each fact starting at or after it.
         */
        <S> void apply(StateWorkingSet working, String track, List<RecordedFact> facts, Class<S> type,
                       FoldStep<S> next, Function<S, String> status) {
            Instant from = fact.recordedAt();
            Instant start = fact.validFrom();
            ValidHistory history = new ValidHistory();
            S state = null;
            for (HistoryRow row : held) {
                if (!row.version().validFrom().isBefore(start)) {
                    break;
                }
                state = StateJson.read(row.version().state(), type);
                history.change(row.version().validFrom(), row.version().status(), state);
            }
            List<RecordedFact> fromStart = facts.stream()
                    .filter(later -> later.isRecordedBy(from) && !later.validFrom().isBefore(start))
                    .sorted(RecordedFact.IN_VALID_TIME_ORDER)
                    .toList();
            for (RecordedFact later : fromStart) {
                state = next.apply(state, later);
                history.change(later.validFrom(), status.apply(state), state);
            }
            List<Stretch> wanted = history.stretches();
            Map<String, List<HistoryRow>> rows = Bitemporal.rowsFrom(from, List.of(from), Map.of(key, stored),
                    key::equals, moment -> Map.of(key, wanted));
            working.replacePart(kind, key, track, rows.getOrDefault(key, List.of()), stored);
            working.tail(kind, key, Optional.of(tail.extendedBy(fact)));
        }
    }

    /** One step of a fold: the state after a fact, from the state before it. */
    @FunctionalInterface
    private interface FoldStep<S> {
        S apply(S before, RecordedFact fact);
    }
}
