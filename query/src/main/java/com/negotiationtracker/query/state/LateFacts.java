package com.negotiationtracker.query.state;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * through an index on valid time; a fact reported a month late in a history of years reads a month of it. Most read
 * less: a history is folded only until it is in the state the version held has there (see {@link Refold#apply}): a
 * track's phase usually at the fact itself or the next step of the track, a channel at its next contact (its versions
 * do not carry the running count of contacts, see {@link ChannelVersion}, so a late one changes none after that).
 * <p>
 * Anything less usual (no tail known, inputs recorded after the fact's record time already handled, the track opened
 * or a profile recorded since, a fact starting before the whole history) is left to the recomputation: each method
 * answers whether it dealt with the fact. Inputs recorded at the same instant (the facts of one dossier share their
 * record time) are not unusual: the rows they made at that instant are made again with the fact's.
 */
final class LateFacts {

    /** How much of a settling history's valid time is read first after a late fact (then twice as much each time). */
    private static final Duration FIRST_WINDOW = Duration.ofDays(7);
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
        refold.ifPresent(phase -> phase.apply(working, track,
                (validFrom, validBefore) -> working.phaseFactsBetween(track, validFrom, validBefore),
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
            // the facts filed under a key are those that could belong to it at some moment: these belong to it now.
            // A version counts only the contacts that start it (ChannelVersion), so the fold settles at the next one
            FactsStarting facts = (validFrom, validBefore) -> working.channelFactsBetween(channel.key(), validFrom,
                    validBefore).stream().filter(filed -> Channels.pairsOf(filed.fact(), allegiances).contains(pair))
                    .toList();
            channel.apply(working, null, facts, ChannelVersion.class,
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
         * <p>
         * The history is folded only until it settles (a track's phase: a fact moves it forward or leaves it; a
         * channel: its next contact makes it what it was), which it soon does: once the state after the facts of one
         * instant is the state the version held has then, every later fact folds as before, and the version held goes
         * on unchanged from the end of that stretch. Its facts are read a stretch of valid time at a time (a week,
         * then twice as long each time), so that a fact reported a year late in a busy history reads the days it
         * changes, not the year.
         */
        <S> void apply(StateWorkingSet working, String track, FactsStarting facts, Class<S> type,
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
            HistoryRow settledIn = null;
            Instant windowStart = start;
            Duration window = FIRST_WINDOW;
            while (settledIn == null) {
                Instant windowEnd = !windowStart.plus(window).isAfter(tail.lastValidFrom())
                        ? windowStart.plus(window) : null;
                List<RecordedFact> inWindow = facts.between(windowStart, windowEnd).stream()
                        .filter(later -> later.isRecordedBy(from))
                        .sorted(RecordedFact.IN_VALID_TIME_ORDER)
                        .toList();
                for (int i = 0; i < inWindow.size() && settledIn == null; i++) {
                    RecordedFact later = inWindow.get(i);
                    state = next.apply(state, later);
                    history.change(later.validFrom(), status.apply(state), state);
                    boolean lastOfItsInstant = i + 1 == inWindow.size()
                            || inWindow.get(i + 1).validFrom().isAfter(later.validFrom());
                    if (lastOfItsInstant) {
                        settledIn = heldIn(later.validFrom(), status.apply(state), state, type).orElse(null);
                    }
                }
                if (windowEnd == null) {
                    break;
                }
                windowStart = windowEnd;
                window = window.multipliedBy(2);
            }
            List<Stretch> wanted = history.stretches();
            List<HistoryRow> touched = stored;
            Instant until = settledIn == null ? null : settledIn.version().validTo();
            if (until != null) {
                // the history folded again ends in the stretch held; from its end on, the version held stands
                Stretch last = wanted.get(wanted.size() - 1);
                wanted = new ArrayList<>(wanted.subList(0, wanted.size() - 1));
                wanted.add(new Stretch(last.validFrom(), until, last.status(), last.state()));
                touched = stored.stream().filter(row -> row.version().validFrom().isBefore(until)).toList();
            }
            List<Stretch> folded = wanted;
            Map<String, List<HistoryRow>> rows = Bitemporal.rowsFrom(from, List.of(from), Map.of(key, touched),
                    key::equals, moment -> Map.of(key, folded));
            working.replacePart(kind, key, track, rows.getOrDefault(key, List.of()), touched);
            working.tail(kind, key, Optional.of(tail.extendedBy(fact)));
        }

        /** The stretch of the version held at valid time {@code at}, if it is in this state there. */
        private <S> Optional<HistoryRow> heldIn(Instant at, String status, S state, Class<S> type) {
            return held.stream()
                    .filter(row -> !row.version().validFrom().isAfter(at)
                            && (row.version().validTo() == null || at.isBefore(row.version().validTo())))
                    .findFirst()
                    .filter(row -> Objects.equals(row.version().status(), status)
                            && Objects.equals(StateJson.read(row.version().state(), type), state));
        }
    }

    /** The facts of a history that start in {@code [validFrom, validBefore)}; {@code validBefore} null: on to the end. */
    @FunctionalInterface
    private interface FactsStarting {
        List<RecordedFact> between(Instant validFrom, Instant validBefore);
    }

    /** One step of a fold: the state after a fact, from the state before it. */
    @FunctionalInterface
    private interface FoldStep<S> {
        S apply(S before, RecordedFact fact);
    }
}
