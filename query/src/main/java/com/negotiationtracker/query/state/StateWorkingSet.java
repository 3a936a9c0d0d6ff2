package com.negotiationtracker.query.state;

import com.negotiationtracker.core.track.FactEvent;
import com.negotiationtracker.query.batch.BatchScope;
import org.axonframework.eventhandling.EventMessage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one batch of events has read of the state projection's inputs and histories, kept in memory until the batch
 * ends: a busy track or channel is read from the database once per batch instead of once per event. Everything the
 * batch writes goes to the database at once, as before, and into what is held here, so that the next event of the
 * batch reads what the database would answer.
 * <p>
 * One is kept per unit of work (a processor's batch: {@link #of}), and dropped with it: nothing outlives the batch,
 * and a batch rolled back takes its working set with it. Without a unit of work (a handler called directly), each
 * call gets a fresh one, which reads through to the database.
 */
final class StateWorkingSet {

    private static final String RESOURCE = StateWorkingSet.class.getName();

    private final StateInputs inputs;
    private final StateHistories histories;
    private final StateTails tailStore;
    private final Map<String, Optional<OpenedTrack>> tracks = new HashMap<>();
    private final Map<String, List<RecordedFact>> phaseFacts = new HashMap<>();
    private final Map<List<String>, List<RecordedFact>> subjectFacts = new HashMap<>();
    private final Map<String, List<RecordedFact>> channelFacts = new HashMap<>();
    private final Map<List<String>, HeldRows> rows = new HashMap<>();
    private final Map<List<String>, Optional<Tail>> tails = new HashMap<>();
    private final Map<List<String>, Optional<Tail>> storedTails = new HashMap<>();
    private final Set<List<String>> changedTails = new LinkedHashSet<>();
    private final Map<List<String>, Boolean> keptFacts = new HashMap<>();
    private final HistoryWrites writes;
    private final Map<List<String>, Optional<HistoryRow>> lastVersions = new HashMap<>();
    private List<ActorProfile> profiles;
    private Allegiances allegiances;
    private Map<String, Set<String>> partiesEver;
    private boolean batched;
    private boolean readAhead;
    private boolean holdsChannelsLock;
    private Object transaction;

    private StateWorkingSet(StateInputs inputs, StateHistories histories, StateTails tails) {
        this.inputs = inputs;
        this.histories = histories;
        this.tailStore = tails;
        this.writes = histories.writes();
    }

    /**
     * The working set of the current batch (unit of work), made on first use, which writes what it holds when the
     * batch is about to commit; a fresh one outside a unit of work, written by {@link #eventHandled()}. What it holds
     * is only good within one transaction (the batch's, which holds the channels lock to its end), so it starts
     * afresh whenever it is used in another ({@code transaction}: the current transaction's resource).
     */
    static StateWorkingSet of(StateInputs inputs, StateHistories histories, StateTails tails, Object transaction) {
        StateWorkingSet working = BatchScope.gathering(RESOURCE, () -> {
            StateWorkingSet made = new StateWorkingSet(inputs, histories, tails);
            made.batched = true;
            return made;
        }, StateWorkingSet::flush).orElseGet(() -> new StateWorkingSet(inputs, histories, tails));
        if (transaction == null || transaction != working.transaction) {
            if (working.holdsWrites()) {
                throw new IllegalStateException("the state's batch moved to another transaction with unwritten rows");
            }
            working.forgetAll();
            working.holdsChannelsLock = false;
            working.transaction = transaction;
        }
        if (working.batched && !working.readAhead) {
            working.readAhead = true;
            working.readAhead(BatchScope.events());
        }
        return working;
    }

    /**
     * Reads at once what the batch's facts will need of the tables, instead of a few look-ups per fact: whether each
     * fact is kept already, and the tail and last version of each history it shapes.
     */
    private void readAhead(List<EventMessage<?>> events) {
        List<KeptFact> facts = events.stream()
                .filter(event -> FactEvent.class.isAssignableFrom(event.getPayloadType()))
                .flatMap(event -> KeptFact.of((FactEvent) event.getPayload()).stream())
                .toList();
        if (facts.isEmpty()) {
            return;
        }
        List<List<String>> factIds = facts.stream().map(fact -> List.of(fact.track(), fact.id())).distinct().toList();
        Set<List<String>> kept = inputs.kept(factIds);
        factIds.forEach(id -> keptFacts.put(id, kept.contains(id)));
        if (facts.stream().anyMatch(KeptFact::shapesChannels)) {
            // channels gather facts of every track and profiles of every actor, which other segments write: read them
            // (and whom the actors speak for) under the lock they write them under, or a profile, tail or last version
            // read here could be stale by the time this batch extends a channel
            lockChannels();
        }
        Set<List<String>> ids = new LinkedHashSet<>();
        for (KeptFact fact : facts) {
            if (fact.shapesPhase()) {
                ids.add(id(EntityKind.TRACK, fact.track()));
            }
            if (fact.concernsInvitation()) {
                ids.add(id(EntityKind.INVITATION, fact.track() + "/" + fact.subjectId()));
            }
            if (fact.concernsMeeting()) {
                ids.add(id(EntityKind.MEETING, fact.track() + "/" + fact.subjectId()));
            }
            if (fact.shapesChannels()) {
                Channels.pairsOf(fact, allegiances()).forEach(pair ->
                        ids.add(id(EntityKind.CHANNEL, Channels.key(pair))));
            }
        }
        List<List<String>> histories = List.copyOf(ids);
        Map<List<String>, Tail> tailsFound = tailStore.of(histories);
        Map<List<String>, List<HistoryRow>> lastFound = this.histories.openEnded(histories);
        for (List<String> id : histories) {
            Optional<Tail> tail = Optional.ofNullable(tailsFound.get(id));
            tails.putIfAbsent(id, tail);
            storedTails.putIfAbsent(id, tail);
            List<HistoryRow> openEnded = lastFound.getOrDefault(id, List.of());
            lastVersions.putIfAbsent(id, openEnded.size() == 1 ? Optional.of(openEnded.get(0)) : Optional.empty());
        }
    }

    void keep(OpenedTrack track) {
        inputs.keep(track);
        tracks.remove(track.track());
    }

    void keep(ActorProfile profile) {
        inputs.keep(profile);
        // whom an actor speaks for decides which facts belong to which channel: start the batch's reading afresh
        forgetAll();
    }

    /** The end of one event's handling: a working set of its own (no batch) writes what it holds now. */
    void eventHandled() {
        if (!batched) {
            flush();
        }
    }

    /** Writes the rows and tails held, in the current transaction. */
    void flush() {
        writes.flush();
        histories.changedOnCommit();
        Map<List<String>, Optional<Tail>> before = new HashMap<>();
        Map<List<String>, Optional<Tail>> after = new HashMap<>();
        changedTails.forEach(id -> {
            before.put(id, storedTails.get(id));
            after.put(id, tails.get(id));
            storedTails.put(id, tails.get(id));
        });
        changedTails.clear();
        tailStore.write(before, after);
    }

    /** Forgets everything held, writing nothing: for a reset, which empties the tables. */
    void discard() {
        writes.discard();
        changedTails.clear();
        clear();
    }

    /**
     * Keeps a fact, and adds it to every list held here that the database would now answer with it. The fact is
     * {@linkplain RecordedFact#asStored() as the database gives it back}, so that what is computed from memory is what
     * would be computed from rows.
     */
    void keep(RecordedFact stored) {
        KeptFact fact = stored.fact();
        List<String> factId = List.of(fact.track(), fact.id());
        if (keptFacts.computeIfAbsent(factId, inputs::isKept)) {
            return; // kept before: every list read since holds it
        }
        Set<String> channelKeys = Set.of();
        if (fact.shapesChannels()) {
            lockChannels(); // whom the actors speak for, read under the lock, decides where the fact is filed
            channelKeys = Channels.keysEver(fact, partiesEver());
        }
        inputs.keepNew(stored, channelKeys);
        keptFacts.put(factId, true);
        if (fact.shapesPhase()) {
            addIfHeld(phaseFacts.get(fact.track()), stored);
        }
        if (fact.subject() != null) {
            addIfHeld(subjectFacts.get(List.of(fact.track(), fact.subject())), stored);
        }
        channelKeys.forEach(key -> addIfHeld(channelFacts.get(key), stored));
    }

    /**
     * Takes the channels lock ({@link StateInputs#lockChannels()}) once: the batch's transaction holds it to its end.
     * Profiles read before it are read again: another segment may have kept one meanwhile.
     */
    void lockChannels() {
        if (!holdsChannelsLock) {
            inputs.lockChannels();
            holdsChannelsLock = true;
            forgetProfiles();
        }
    }

    Optional<OpenedTrack> track(String track) {
        return tracks.computeIfAbsent(track, inputs::track);
    }

    List<RecordedFact> phaseFactsOf(String track) {
        return Collections.unmodifiableList(phaseFacts.computeIfAbsent(track,
                key -> new ArrayList<>(inputs.phaseFactsOf(key))));
    }

    /**
     * The phase facts of a track that start in {@code [validFrom, validBefore)} ({@code validBefore} null: on to the
     * end): for a fact reported late, a stretch of a long history after it ({@link LateFacts}), from what is held when
     * the batch holds the track's facts, else read by valid time. What is read is not held: each late fact reads the
     * few days after it that it changes, not the rest of the history.
     */
    List<RecordedFact> phaseFactsBetween(String track, Instant validFrom, Instant validBefore) {
        List<RecordedFact> all = phaseFacts.get(track);
        List<RecordedFact> found = all != null ? all : validBefore == null ? inputs.phaseFactsFrom(track, validFrom)
                : inputs.phaseFactsBetween(track, validFrom, validBefore);
        return between(found, validFrom, validBefore);
    }

    private static List<RecordedFact> between(List<RecordedFact> facts, Instant validFrom, Instant validBefore) {
        return facts.stream().filter(fact -> !fact.validFrom().isBefore(validFrom)
                && (validBefore == null || fact.validFrom().isBefore(validBefore))).toList();
    }

    /**
     * The facts filed under a channel's key that start in {@code [validFrom, validBefore)} ({@code validBefore} null:
     * on to the end), read under the channels lock: as {@link #phaseFactsBetween} of a track's phase facts.
     */
    List<RecordedFact> channelFactsBetween(String key, Instant validFrom, Instant validBefore) {
        List<RecordedFact> all = channelFacts.get(key);
        List<RecordedFact> found = all != null ? all : validBefore == null ? inputs.channelFactsFrom(key, validFrom)
                : inputs.channelFactsBetween(key, validFrom, validBefore);
        return between(found, validFrom, validBefore);
    }

    List<RecordedFact> factsAbout(String track, String subject) {
        return Collections.unmodifiableList(subjectFacts.computeIfAbsent(List.of(track, subject),
                key -> new ArrayList<>(inputs.factsAbout(track, subject))));
    }

    /**
     * The facts filed under a channel's key ({@link StateInputs#channelFacts(String)}). Read under the channels lock
     * ({@link StateInputs#lockChannels()}), which the batch then holds until it commits: no other transaction can
     * file such a fact meanwhile.
     */
    List<RecordedFact> channelFacts(String key) {
        return Collections.unmodifiableList(channelFacts.computeIfAbsent(key,
                k -> new ArrayList<>(inputs.channelFacts(k))));
    }

    List<ActorProfile> profiles() {
        if (profiles == null) {
            profiles = List.copyOf(inputs.profiles());
        }
        return profiles;
    }

    /** Whom each actor speaks for as every profile kept says (as of any moment after the last of them). */
    Allegiances allegiances() {
        if (allegiances == null) {
            allegiances = Allegiances.asOf(profiles(), Instant.MAX);
        }
        return allegiances;
    }

    /** Every party each actor has spoken for at any moment of the record ({@link Channels#partiesEver}). */
    Map<String, Set<String>> partiesEver() {
        if (partiesEver == null) {
            partiesEver = Channels.partiesEver(profiles());
        }
        return partiesEver;
    }

    /** The rows of one entity that an input recorded at {@code from} may touch: those still open at or after it. */
    List<HistoryRow> rowsFrom(EntityKind kind, String key, Instant from) {
        List<String> id = id(kind, key);
        HeldRows held = rows.get(id);
        if (held == null || held.from().isAfter(from)) {
            writes.flush();
            held = new HeldRows(from, new ArrayList<>(histories.rowsFrom(kind, key, from)));
            rows.put(id, held);
        }
        return held.rows().stream().filter(row -> isOpenAt(row, from)).toList();
    }

    /**
     * Of the rows {@link #rowsFrom(EntityKind, String, Instant)} gives, those that a fact starting at {@code validFrom}
     * can change, read up to {@code validBefore}: the rows still held that start before it ({@code validBefore} null:
     * all) and end at or after {@code validFrom} (or not at all), and every row closed at or after {@code from} that
     * ends there. A fact reported late reads its history a stretch of valid time at a time ({@link LateFacts}).
     */
    List<HistoryRow> rowsMeeting(EntityKind kind, String key, Instant from, Instant validFrom, Instant validBefore) {
        HeldRows held = rows.get(id(kind, key));
        List<HistoryRow> found;
        if (held == null || held.from().isAfter(from)) {
            writes.flush();
            rows.remove(id(kind, key)); // rows held from a later record time would not see this part replaced
            found = validBefore == null ? histories.rowsFrom(kind, key, from, validFrom)
                    : histories.rowsMeeting(kind, key, from, validFrom, validBefore);
        } else {
            found = held.rows();
        }
        return found.stream().filter(row -> isOpenAt(row, from)
                && (row.version().validTo() == null || !row.version().validTo().isBefore(validFrom))
                && (validBefore == null || row.recordedTo() != null
                || row.version().validFrom().isBefore(validBefore))).toList();
    }

    /** Where the facts of a history end, if known (see {@link Tail}). */
    Optional<Tail> tail(EntityKind kind, String key) {
        return tails.computeIfAbsent(id(kind, key), id -> {
            Optional<Tail> stored = tailStore.of(kind, key);
            storedTails.put(id, stored);
            return stored;
        });
    }

    /** Records where the facts of a history end now; none when it has no facts. */
    void tail(EntityKind kind, String key, Optional<Tail> tail) {
        if (!tail.equals(tail(kind, key))) {
            tails.put(id(kind, key), tail);
            changedTails.add(id(kind, key));
        }
    }

    /**
     * The version a history ends with as the record now holds it: its one row still held whose valid time is
     * open-ended. None when there is not exactly one (a history without versions).
     */
    Optional<HistoryRow> lastVersion(EntityKind kind, String key) {
        return lastVersions.computeIfAbsent(id(kind, key), id -> {
            writes.flush();
            List<HistoryRow> openEnded = histories.openEnded(kind, key);
            return openEnded.size() == 1 ? Optional.of(openEnded.get(0)) : Optional.empty();
        });
    }

    /**
     * Makes one entity's rows {@code stored} (as {@link #lastVersion} gave them) the {@code wanted} ones, in the
     * database and here, the other rows staying as they are; {@code last} is among the wanted, the new last version.
     */
    void extend(EntityKind kind, String key, String track, List<HistoryRow> wanted, List<HistoryRow> stored,
                HistoryRow last) {
        StateHistories.replace(writes, kind, key, track, wanted, stored);
        HeldRows held = rows.get(id(kind, key));
        if (held != null) {
            held.rows().removeAll(stored);
            held.rows().addAll(wanted);
        }
        lastVersions.put(id(kind, key), Optional.of(last));
    }

    /**
     * Makes the rows of one entity from {@code from} on ({@code stored}, as {@link #rowsFrom} gave them) the wanted
     * ones, in the database and here.
     */
    void replace(EntityKind kind, String key, String track, Instant from, List<HistoryRow> wanted,
                 List<HistoryRow> stored) {
        StateHistories.replace(writes, kind, key, track, wanted, stored);
        lastVersions.remove(id(kind, key));
        HeldRows held = rows.get(id(kind, key));
        if (held != null && !held.from().isAfter(from)) {
            // rows closed before from are untouched; from on, the entity now has exactly the wanted rows
            held.rows().removeIf(row -> isOpenAt(row, from));
            held.rows().addAll(wanted);
        }
    }

    /**
     * Makes part of one entity's rows ({@code stored}, as {@link #rowsFrom(EntityKind, String, Instant, Instant)}
     * gave them) the wanted ones, in the database and here; the entity's other rows stay as they are.
     */
    void replacePart(EntityKind kind, String key, String track, List<HistoryRow> wanted, List<HistoryRow> stored) {
        StateHistories.replace(writes, kind, key, track, wanted, stored);
        lastVersions.remove(id(kind, key));
        HeldRows held = rows.get(id(kind, key));
        if (held != null) {
            held.rows().removeAll(stored);
            held.rows().addAll(wanted);
        }
    }

    /** The rows of every entity of a kind that an input recorded at {@code from} may touch, by key. */
    Map<String, List<HistoryRow>> rowsFrom(EntityKind kind, Instant from) {
        writes.flush();
        return histories.rowsFrom(kind, from);
    }

    /** Writes what is held, then forgets every input and row read: they are read again when next needed. */
    void forgetAll() {
        flush();
        clear();
    }

    private boolean holdsWrites() {
        return !writes.isEmpty() || !changedTails.isEmpty();
    }

    private void clear() {
        tracks.clear();
        phaseFacts.clear();
        subjectFacts.clear();
        channelFacts.clear();
        rows.clear();
        tails.clear();
        storedTails.clear();
        keptFacts.clear();
        lastVersions.clear();
        forgetProfiles();
    }

    private void forgetProfiles() {
        profiles = null;
        allegiances = null;
        partiesEver = null;
    }

    private static List<String> id(EntityKind kind, String key) {
        return List.of(kind.column(), key);
    }

    private static boolean isOpenAt(HistoryRow row, Instant from) {
        return row.recordedTo() == null || !row.recordedTo().isBefore(from);
    }

    private static void addIfHeld(List<RecordedFact> held, RecordedFact fact) {
        if (held != null) {
            held.add(fact);
        }
    }

    /** An entity's rows with {@code recordedTo} null or at or after {@code from}, as the database holds them. */
    private record HeldRows(Instant from, List<HistoryRow> rows) {
    }
}
