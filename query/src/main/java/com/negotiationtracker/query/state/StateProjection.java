package com.negotiationtracker.query.state;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.actor.ActorProfileRevised;
import com.negotiationtracker.core.actor.ActorRegistered;
import com.negotiationtracker.core.track.FactEvent;
import com.negotiationtracker.core.track.TrackOpened;
import com.negotiationtracker.query.batch.IndexHints;
import com.negotiationtracker.query.replay.ReadModelTables;
import com.negotiationtracker.query.timeline.Paging;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The diplomatic state read model, kept by the {@value #PROCESSING_GROUP} event processor in its own tables and
 * answered by the query handler below: channels between parties, track phases, invitations, meetings, measures,
 * demands, proposals and security guarantees, each as a bitemporal history (valid time: when it was so in the world;
 * record time: when the record said so).
 * <p>
 * Facts may arrive out of valid-time order (a later dossier reports an earlier event), so each event makes the
 * projection recompute the whole history of what it concerns from the facts it keeps, as the record stood at each
 * record time of those facts, and store the difference. Record times come only from the events' timestamps: handling
 * the same event twice, or replaying the store, or handling events in another order, gives the same rows.
 * <p>
 * Events usually arrive in record-time order, so the recomputation from an event's record time on is one moment, and
 * what it reads is the subject's own facts and open rows: a processor's batch reads those once and keeps them in a
 * {@link StateWorkingSet} until it commits, so that a busy track or channel costs one read per batch, not per event.
 */
@Component
@ProcessingGroup(StateProjection.PROCESSING_GROUP)
public class StateProjection {

    public static final String PROCESSING_GROUP = "state";

    private static final Logger log = LoggerFactory.getLogger(StateProjection.class);

    private final DataSource dataSource;
    private final StateInputs inputs;
    private final StateHistories histories;
    private final StateTails tails;
    private final ReadModelTables tables;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    public StateProjection(DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.dataSource = dataSource;
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        this.inputs = new StateInputs(jdbc);
        this.histories = new StateHistories(jdbc, IndexHints.of(dataSource));
        this.tails = new StateTails(jdbc);
        this.tables = ReadModelTables.of(dataSource);
        // Joins the processor's (or the query bus's) transaction where there is one, so that the rows and the token
        // commit together, and a failure rolls the whole batch back; opens one otherwise.
        this.writing = new TransactionTemplate(transactionManager);
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setReadOnly(true);
    }

    @EventHandler
    public void on(TrackOpened event, @Timestamp Instant timestamp) {
        OpenedTrack track = new OpenedTrack(event.track().value(), event.title(), ids(event.parties()),
                recordTime(timestamp));
        writing.executeWithoutResult(status -> {
            StateWorkingSet working = working();
            working.keep(track);
            refreshPhase(working, track.track(), track.recordedAt());
            working.eventHandled();
        });
    }

    @EventHandler
    public void on(ActorRegistered event, EventMessage<?> message, @Timestamp Instant timestamp) {
        refreshChannelsWith(new ActorProfile(event.actor().value(), sequenceOf(message), event.kind(),
                ids(event.speaksFor()), recordTime(timestamp)));
    }

    @EventHandler
    public void on(ActorProfileRevised event, EventMessage<?> message, @Timestamp Instant timestamp) {
        refreshChannelsWith(new ActorProfile(event.actor().value(), sequenceOf(message), event.kind(),
                ids(event.speaksFor()), recordTime(timestamp)));
    }

    @EventHandler
    public void on(FactEvent event, @Timestamp Instant timestamp) {
        Instant recordedAt = recordTime(timestamp);
        Optional<RecordedFact> kept = KeptFact.of(event).map(fact -> new RecordedFact(fact, recordedAt));
        Optional<Standalone.Thing> thing = Standalone.of(event);
        if (kept.isEmpty() && thing.isEmpty()) {
            return; // statements and positions shape no part of the diplomatic state
        }
        writing.executeWithoutResult(status -> {
            StateWorkingSet working = working();
            kept.ifPresent(recorded -> recompute(working, recorded));
            thing.ifPresent(made -> refresh(working, made.kind(), made.key(), made.track(), recordedAt, List.of(),
                    moment -> List.of(made.stretch())));
            working.eventHandled();
        });
    }

    /** Empties the tables before a replay rebuilds them. */
    @ResetHandler
    public void reset() {
        writing.executeWithoutResult(status -> {
            working().discard();
            histories.changedOnCommit();
            log.info("diplomatic state reset: {}", tables.empty(Stream.of(StateHistories.TABLES, StateTails.TABLES,
                    StateInputs.TABLES).flatMap(List::stream).toArray(String[]::new)));
        });
    }

    @QueryHandler
    public DiplomaticState handle(DiplomaticStateAt query) {
        Instant now = Instant.now();
        Instant validAt = query.validAt() != null ? query.validAt() : now;
        Instant knownAt = query.knownAt() != null ? query.knownAt() : now;
        String track = query.track() == null || query.track().isBlank() ? null : query.track();
        return reading.execute(status -> {
            if (track == null) {
                Paging paging = query.tracks();
                StateAssembly state = new StateAssembly(validAt, knownAt, null, null, paging.page(), paging.size(),
                        inputs.tracksKnownAt(knownAt), query.lists());
                List<String> tracks = inputs.tracksKnownAt(knownAt, paging);
                state.add(histories.channelsAt(validAt, knownAt, query.channels()));
                histories.phasesOf(validAt, knownAt, tracks).forEach(state::add);
                state.add(histories.lists(validAt, knownAt, tracks, query.lists()));
                return state.build();
            }
            // narrowed to a track, the channels are those between its parties (as the record knew them)
            Optional<OpenedTrack> known = inputs.track(track).filter(opened -> !opened.recordedAt().isAfter(knownAt));
            List<String> parties = known.map(OpenedTrack::parties).orElse(List.of());
            StateAssembly state = new StateAssembly(validAt, knownAt, track, parties, 0, 1, known.isPresent() ? 1 : 0,
                    query.lists());
            histories.channelsAt(validAt, knownAt, Channels.keysBetween(parties)).forEach(state::add);
            histories.phasesOf(validAt, knownAt, List.of(track)).forEach(state::add);
            state.add(histories.lists(validAt, knownAt, List.of(track), query.lists()));
            return state.build();
        });
    }

    /**
     * Keeps a fact, then extends every history it shapes, where it is the newest fact of that history (a track's phase
     * and a channel are also folded again from the fact's valid start where the fact was recorded last, see
     * {@link LateFacts}), and recomputes the others from its record time on.
     */
    private void recompute(StateWorkingSet working, RecordedFact recorded) {
        RecordedFact stored = recorded.asStored();
        KeptFact fact = stored.fact();
        Instant from = stored.recordedAt();
        working.keep(stored);
        if (fact.shapesPhase() && !NewestFacts.extendPhase(working, stored)
                && !LateFacts.refoldPhase(working, stored)) {
            refreshPhase(working, fact.track(), from);
        }
        if (fact.concernsInvitation() && !NewestFacts.extendInvitation(working, stored)) {
            refreshSubject(working, EntityKind.INVITATION, fact, from, Invitations::history);
        }
        if (fact.concernsMeeting() && !NewestFacts.extendMeeting(working, stored)) {
            refreshSubject(working, EntityKind.MEETING, fact, from, Meetings::history);
        }
        if (fact.shapesChannels() && !NewestFacts.extendChannels(working, stored)
                && !LateFacts.refoldChannels(working, stored)) {
            refreshChannelsOf(working, stored);
        }
    }

    private void refreshPhase(StateWorkingSet working, String track, Instant from) {
        OpenedTrack opened = working.track(track).orElse(null);
        List<RecordedFact> facts = working.phaseFactsOf(track);
        List<Instant> moments = new ArrayList<>(recordTimes(facts));
        if (opened != null) {
            moments.add(opened.recordedAt());
        }
        refresh(working, EntityKind.TRACK, track, track, from, moments, moment -> TrackPhases.history(track,
                opened != null && !opened.recordedAt().isAfter(moment) ? opened : null, recordedBy(facts, moment)));
        working.tail(EntityKind.TRACK, track, Tail.of(facts));
    }

    /** Recomputes the invitation or meeting a fact is about from all the facts about it. */
    private void refreshSubject(StateWorkingSet working, EntityKind kind, KeptFact about, Instant from,
                                SubjectHistory history) {
        String track = about.track();
        String id = about.subjectId();
        List<RecordedFact> facts = working.factsAbout(track, about.subject());
        refresh(working, kind, track + "/" + id, track, from, recordTimes(facts),
                moment -> history.of(track, id, recordedBy(facts, moment)));
        working.tail(kind, track + "/" + id, Tail.of(facts));
    }

    /** Recomputes one entity's history from record time {@code from} on; {@code moments}: its inputs' record times. */
    private void refresh(StateWorkingSet working, EntityKind kind, String key, String track, Instant from,
                         Collection<Instant> moments, Function<Instant, List<Stretch>> historyAt) {
        Map<String, List<HistoryRow>> stored = Map.of(key, working.rowsFrom(kind, key, from));
        Map<String, List<HistoryRow>> wanted = Bitemporal.rowsFrom(from, moments, stored, key::equals, moment -> {
            List<Stretch> history = historyAt.apply(moment);
            return history.isEmpty() ? Map.of() : Map.of(key, history);
        });
        working.replace(kind, key, track, from, wanted.getOrDefault(key, List.of()), stored.get(key));
    }

    private void refreshChannelsWith(ActorProfile profile) {
        writing.executeWithoutResult(status -> {
            StateWorkingSet working = working();
            working.keep(profile);
            working.lockChannels();
            List<RecordedFact> facts = inputs.channelFacts();
            if (!facts.isEmpty()) {
                refileChannelFacts(working, profile, facts);
                // whom an actor speaks for decides which channel a fact belongs to: every channel may change
                Instant from = profile.recordedAt();
                walkChannels(working, from, facts, working.profiles(), working.rowsFrom(EntityKind.CHANNEL, from),
                        key -> true);
            }
            working.eventHandled();
        });
    }

    /**
     * Files again the facts whose possible channels ({@link Channels#keysEver}) the profile changed: those naming an
     * actor that, with this profile recorded, has spoken for other parties than without it.
     */
    private void refileChannelFacts(StateWorkingSet working, ActorProfile profile, List<RecordedFact> facts) {
        Map<String, Set<String>> before = Channels.partiesEver(working.profiles().stream()
                .filter(kept -> !(kept.actor().equals(profile.actor()) && kept.sequence() == profile.sequence()))
                .toList());
        Map<String, Set<String>> after = working.partiesEver();
        Set<String> changed = new TreeSet<>();
        after.forEach((actor, parties) -> {
            if (!parties.equals(before.getOrDefault(actor, Set.of(actor)))) {
                changed.add(actor);
            }
        });
        Map<RecordedFact, Set<String>> refiled = new LinkedHashMap<>();
        facts.stream().filter(fact -> fact.fact().actors().stream().anyMatch(changed::contains))
                .forEach(fact -> refiled.put(fact, Channels.keysEver(fact.fact(), after)));
        inputs.refileChannelKeys(refiled);
    }

    /**
     * Recomputes the channels a fact belongs to: those between the parties its actors speak for, from the facts filed
     * under each of their keys.
     */
    private void refreshChannelsOf(StateWorkingSet working, RecordedFact recorded) {
        working.lockChannels();
        Instant from = recorded.recordedAt();
        List<ActorProfile> profiles = working.profiles();
        Set<Instant> mappings = new TreeSet<>(Set.of(from));
        profiles.stream().map(ActorProfile::recordedAt).filter(from::isBefore).forEach(mappings::add);
        Map<String, RecordedFact> facts = new TreeMap<>();
        Map<String, List<HistoryRow>> stored = new TreeMap<>();
        for (List<String> pair : Channels.pairsOf(recorded.fact(), profiles, mappings)) {
            String key = Channels.key(pair);
            working.channelFacts(key).forEach(fact -> facts.put(fact.fact().track() + "/" + fact.id(), fact));
            stored.put(key, working.rowsFrom(EntityKind.CHANNEL, key, from));
        }
        walkChannels(working, from, List.copyOf(facts.values()), profiles, stored, stored::containsKey);
    }

    private void walkChannels(StateWorkingSet working, Instant from, List<RecordedFact> facts, List<ActorProfile> profiles,
                              Map<String, List<HistoryRow>> stored, Predicate<String> concerned) {
        Set<Instant> moments = new TreeSet<>(recordTimes(facts));
        profiles.forEach(profile -> moments.add(profile.recordedAt()));
        Map<String, List<HistoryRow>> wanted = Bitemporal.rowsFrom(from, moments, stored, concerned,
                moment -> Channels.historyAt(moment, facts, profiles));
        wanted.forEach((key, rows) ->
                working.replace(EntityKind.CHANNEL, key, null, from, rows, stored.getOrDefault(key, List.of())));
        Map<String, List<RecordedFact>> factsByChannel = Channels.factsByKey(facts, profiles);
        Set<String> keys = new TreeSet<>(wanted.keySet());
        factsByChannel.keySet().stream().filter(concerned).forEach(keys::add);
        keys.forEach(key ->
                working.tail(EntityKind.CHANNEL, key, Tail.of(factsByChannel.getOrDefault(key, List.of()))));
    }

    /** The batch's working set, within the transaction the caller runs in. */
    private StateWorkingSet working() {
        return StateWorkingSet.of(inputs, histories, tails, TransactionSynchronizationManager.getResource(dataSource));
    }

    private static List<RecordedFact> recordedBy(List<RecordedFact> facts, Instant moment) {
        return facts.stream().filter(fact -> fact.isRecordedBy(moment)).toList();
    }

    private static List<Instant> recordTimes(List<RecordedFact> facts) {
        return facts.stream().map(RecordedFact::recordedAt).toList();
    }

    /** The event's timestamp at the precision the tables keep, so that what is compared is what is stored. */
    private static Instant recordTime(Instant timestamp) {
        return timestamp.truncatedTo(ChronoUnit.MICROS);
    }

    /** Orders an actor's profiles recorded at the same instant; only domain events (from an aggregate) have one. */
    private static long sequenceOf(EventMessage<?> message) {
        return message instanceof DomainEventMessage<?> domainEvent ? domainEvent.getSequenceNumber() : 0L;
    }

    private static List<String> ids(Collection<ActorId> actors) {
        return Stream.ofNullable(actors).flatMap(Collection::stream).map(ActorId::value).toList();
    }

    @FunctionalInterface
    private interface SubjectHistory {
        List<Stretch> of(String track, String id, List<RecordedFact> facts);
    }
}
