package com.negotiationtracker.query.state;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The state projection's second usual case: a fact recorded after every fact of a track's phase history or of a
 * channel's, but starting before the last of them in valid time (reported late, or a day or two apart from another
 * source's account). Recomputing such a history folds every fact of it from the first, which for a track or channel of
 * tens of thousands of facts is most of a replay's time. Yet nothing before the fact's valid start changes: the history
 * up to there is the version the record holds now, and the state just before the fact is that version's there. So the
 * history is folded again from that state, over the facts that start at or after the fact, and compared with the
 * version held, giving the rows the recomputation would. And a history is folded only until it is in the state the
 * version held has there (see {@link Refold#fold}): a track's phase usually at the fact itself or the next step of the
 * track, a channel at its next contact (its versions do not carry the running count of contacts, see
 * {@link ChannelVersion}, so a late one changes none after that). Only what the fold goes through is read: the facts
 * that start in it and the rows of the version held that it meets (the one the fact starts in, and those after), a
 * stretch of valid time at a time, each through an index on valid time; a fact reported a year late in a busy history
 * reads the days up to its next contact, not the year.
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
        Optional<Folded> folded = Refold.of(working, EntityKind.TRACK, track, fact).flatMap(phase -> phase.fold(
                (validFrom, validBefore) -> working.phaseFactsBetween(track, validFrom, validBefore),
                TrackState.class, TrackPhases::next, state -> state.phase().name()));
        folded.ifPresent(phase -> phase.write(working, track));
        return folded.isPresent();
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
        List<Folded> folded = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            List<String> pair = pairs.get(i);
            Refold channel = refolds.get(i);
            // the facts filed under a key are those that could belong to it at some moment: these belong to it now.
            // A version counts only the contacts that start it (ChannelVersion), so the fold settles at the next one
            FactsStarting facts = (validFrom, validBefore) -> working.channelFactsBetween(channel.key, validFrom,
                    validBefore).stream().filter(filed -> Channels.pairsOf(filed.fact(), allegiances).contains(pair))
                    .toList();
            Optional<Folded> fold = channel.fold(facts, ChannelVersion.class,
                    (before, next) -> Channels.next(before, pair, next, allegiances), state -> state.status().name());
            if (fold.isEmpty()) {
                return false;
            }
            folded.add(fold.get());
        }
        folded.forEach(channel -> channel.write(working, null));
        return !pairs.isEmpty();
    }

    /**
     * One history to fold again from a fact's valid start, and the part of its rows read so far: the version the
     * record holds of it ({@code held}: every row open, each held since before or at the fact's record time) from the
     * row the fact starts in up to {@code readUntil} in valid time (null: to its end), and every row closed at or after
     * the fact's record time. An input recorded at the same instant as the fact (another fact of one dossier) may have
     * been handled already: its rows, opened at that instant or closed then, are {@code stored} with {@code held}, to
     * be made again as a recomputation at that instant would. The rows are read a stretch of valid time at a time, as
     * the facts are ({@link #fold}), so that a fact reported a year late in a busy history reads the days it changes.
     */
    private static final class Refold {

        private final StateWorkingSet working;
        private final EntityKind kind;
        private final String key;
        private final RecordedFact fact;
        private final Tail tail;
        private final Set<HistoryRow> stored = new LinkedHashSet<>();
        private List<HistoryRow> held = List.of();
        private Instant readUntil;

        private Refold(StateWorkingSet working, EntityKind kind, String key, RecordedFact fact, Tail tail) {
            this.working = working;
            this.kind = kind;
            this.key = key;
            this.fact = fact;
            this.tail = tail;
            this.readUntil = fact.validFrom();
        }

        static Optional<Refold> of(StateWorkingSet working, EntityKind kind, String key, RecordedFact fact) {
            Optional<Tail> tail = working.tail(kind, key);
            if (tail.isEmpty() || fact.recordedAt().isBefore(tail.get().lastRecordedAt())) {
                return Optional.empty();
            }
            Refold refold = new Refold(working, kind, key, fact, tail.get());
            if (!refold.readUntil(refold.windowEnd(fact.validFrom(), FIRST_WINDOW))) {
                return Optional.empty();
            }
            if (refold.held.isEmpty() || !refold.held.get(0).version().validFrom().isBefore(fact.validFrom())) {
                return Optional.empty(); // the fact starts the history: no state before it is held
            }
            return Optional.of(refold);
        }

        /** Where a window of valid time from {@code start} ends: null when the history's facts end within it. */
        private Instant windowEnd(Instant start, Duration window) {
            return !start.plus(window).isAfter(tail.lastValidFrom()) ? start.plus(window) : null;
        }

        /**
         * Reads the rows up to {@code until} (null: to the end), unless read already; false if one of them was
         * recorded after the fact, or closed at another record time than the fact's: the fact is not the latest.
         */
        private boolean readUntil(Instant until) {
            if (readUntil == null || until != null && !until.isAfter(readUntil)) {
                return true;
            }
            Instant from = fact.recordedAt();
            // the rows that end before what was read up to were read with it
            List<HistoryRow> read = working.rowsMeeting(kind, key, from, readUntil, until);
            if (read.stream().anyMatch(row -> row.recordedFrom().isAfter(from)
                    || row.recordedTo() != null && !row.recordedTo().equals(from))) {
                return false; // rows of inputs recorded after the fact: not the latest
            }
            stored.addAll(read);
            held = stored.stream().filter(row -> row.recordedTo() == null).sorted(IN_VALID_ORDER).toList();
            readUntil = until;
            return true;
        }

        /**
         * The version held replaced with the one folded again: the held stretches before the fact's valid start, then
         * from the state of the last of them, a change at each fact starting at or after it. None when rows read on
         * the way show the fact is not the latest after all.
         * <p>
         * The history is folded only until it settles (a track's phase: a fact moves it forward or leaves it; a
         * channel: its next contact makes it what it was), which it soon does: once the state after the facts of one
         * instant is the state the version held has then, every later fact folds as before, and the version held goes
         * on unchanged from the end of that stretch. Its facts and rows are read a stretch of valid time at a time (a
         * week, then twice as long each time), so that a fact reported a year late in a busy history reads the days
         * it changes, not the year.
         */
        <S> Optional<Folded> fold(FactsStarting facts, Class<S> type, FoldStep<S> next, Function<S, String> status) {
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
                Instant windowEnd = windowEnd(windowStart, window);
                if (!readUntil(windowEnd)) {
                    return Optional.empty();
                }
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
            List<HistoryRow> touched = List.copyOf(stored);
            Instant until = settledIn == null ? null : settledIn.version().validTo();
            if (until != null) {
                // the history folded again ends in the stretch held; from its end on, the version held stands. The
                // rows starting before that end were all read: the held ones end by the stretch's start, or are it
                Stretch last = wanted.get(wanted.size() - 1);
                wanted = new ArrayList<>(wanted.subList(0, wanted.size() - 1));
                wanted.add(new Stretch(last.validFrom(), until, last.status(), last.state()));
                touched = touched.stream().filter(row -> row.version().validFrom().isBefore(until)).toList();
            }
            List<Stretch> folded = wanted;
            Map<String, List<HistoryRow>> rows = Bitemporal.rowsFrom(from, List.of(from), Map.of(key, touched),
                    key::equals, moment -> Map.of(key, folded));
            return Optional.of(new Folded(kind, key, rows.getOrDefault(key, List.of()), touched,
                    tail.extendedBy(fact)));
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

    /** A history folded again: its rows {@code touched} are to be the {@code wanted} ones, its tail {@code tail}. */
    private record Folded(EntityKind kind, String key, List<HistoryRow> wanted, List<HistoryRow> touched, Tail tail) {

        void write(StateWorkingSet working, String track) {
            working.replacePart(kind, key, track, wanted, touched);
            working.tail(kind, key, Optional.of(tail));
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
