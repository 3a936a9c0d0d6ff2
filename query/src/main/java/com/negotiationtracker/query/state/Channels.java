package com.negotiationtracker.query.state;

import com.negotiationtracker.core.dossier.FactKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The channels between parties in valid time, from the calls, held meetings and suspensions of contact of every track:
 * a call or held meeting makes the channel between the parties its participants speak for active (and counts as a
 * contact); a suspension makes it dormant from its valid time. A channel exists from its first such fact on.
 */
final class Channels {

    private Channels() {
    }

    /** Every channel's valid-time history as the record stood at {@code moment}, by {@link #key(List) key}. */
    static Map<String, List<Stretch>> historyAt(Instant moment, List<RecordedFact> facts,
                                                List<ActorProfile> profiles) {
        Allegiances allegiances = Allegiances.asOf(profiles, moment);
        Map<String, List<String>> partiesByKey = new TreeMap<>();
        Map<String, List<RecordedFact>> factsByKey = new TreeMap<>();
        facts.stream().filter(fact -> fact.isRecordedBy(moment)).sorted(RecordedFact.IN_VALID_TIME_ORDER)
                .forEach(fact -> pairsOf(fact.fact(), allegiances).forEach(pair -> {
                    partiesByKey.put(key(pair), pair);
                    factsByKey.computeIfAbsent(key(pair), key -> new ArrayList<>()).add(fact);
                }));
        Map<String, List<Stretch>> histories = new TreeMap<>();
        factsByKey.forEach((key, channelFacts) ->
                histories.put(key, history(partiesByKey.get(key), channelFacts, allegiances)));
        return histories;
    }

    /** The facts of each channel as whom the actors speak for stands now (every profile recorded), by key. */
    static Map<String, List<RecordedFact>> factsByKey(List<RecordedFact> facts, List<ActorProfile> profiles) {
        Allegiances allegiances = Allegiances.asOf(profiles, Instant.MAX);
        Map<String, List<RecordedFact>> byKey = new TreeMap<>();
        facts.forEach(fact -> pairsOf(fact.fact(), allegiances).forEach(pair ->
                byKey.computeIfAbsent(key(pair), key -> new ArrayList<>()).add(fact)));
        return byKey;
    }

    /**
     * The channels a fact belongs to at any of {@code moments} (whom its actors speak for may change between them):
     * each pair of the distinct parties its actors speak for, in the order of their ids.
     */
    static Set<List<String>> pairsOf(KeptFact fact, List<ActorProfile> profiles, Collection<Instant> moments) {
        Set<List<String>> pairs = new LinkedHashSet<>();
        moments.forEach(moment -> pairs.addAll(pairsOf(fact, Allegiances.asOf(profiles, moment))));
        return pairs;
    }

    static List<List<String>> pairsOf(KeptFact fact, Allegiances allegiances) {
        return pairsAmong(fact.actors().stream().map(allegiances::partyOf).toList());
    }

    /** Each pair of the distinct parties given, in the order of their ids. */
    private static List<List<String>> pairsAmong(Collection<String> given) {
        List<String> parties = given.stream().distinct().sorted().toList();
        List<List<String>> pairs = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            for (int j = i + 1; j < parties.size(); j++) {
                pairs.add(List.of(parties.get(i), parties.get(j)));
            }
        }
        return pairs;
    }

    /**
     * Every party each actor with a profile has spoken for at any moment of the record, itself included (as it stands
     * before its first profile): what {@link #keysEver} makes a fact's channels from.
     */
    static Map<String, Set<String>> partiesEver(List<ActorProfile> profiles) {
        Map<String, Set<String>> parties = new HashMap<>();
        Set<String> actors = new TreeSet<>();
        profiles.forEach(profile -> actors.add(profile.actor()));
        actors.forEach(actor -> parties.put(actor, new TreeSet<>(Set.of(actor))));
        // whom an actor speaks for changes only when a profile is recorded: one look at each such moment covers all
        profiles.stream().map(ActorProfile::recordedAt).distinct().forEach(moment -> {
            Allegiances allegiances = Allegiances.asOf(profiles, moment);
            actors.forEach(actor -> parties.get(actor).add(allegiances.partyOf(actor)));
        });
        return parties;
    }

    /**
     * The keys of every channel the fact could belong to at any moment of the record: each pair among all the
     * parties its actors have ever spoken for ({@link #partiesEver}). A superset of its channels at every moment, so
     * that the facts kept under a channel's key include all that make its history, whoever spoke for whom when.
     */
    static Set<String> keysEver(KeptFact fact, Map<String, Set<String>> partiesEver) {
        Set<String> parties = new TreeSet<>();
        fact.actors().forEach(actor -> parties.addAll(partiesEver.getOrDefault(actor, Set.of(actor))));
        Set<String> keys = new TreeSet<>();
        pairsAmong(parties).forEach(pair -> keys.add(key(pair)));
        return keys;
    }

    /** The keys of the channels between any two of {@code parties}. */
    static List<String> keysBetween(Collection<String> parties) {
        return pairsAmong(parties).stream().map(Channels::key).toList();
    }

    /** The key of the channel between two parties, in the order of their ids: {@code russia|united-states}. */
    static String key(List<String> parties) {
        return String.join("|", parties);
    }

    private static List<Stretch> history(List<String> parties, List<RecordedFact> facts, Allegiances allegiances) {
        ValidHistory history = new ValidHistory();
        ChannelVersion state = null;
        for (RecordedFact fact : facts) {
            state = next(state, parties, fact, allegiances);
            history.change(fact.validFrom(), state.status().name(), state);
        }
        return history.stretches();
    }

    static ChannelVersion next(ChannelVersion before, List<String> parties, RecordedFact fact,
                               Allegiances allegiances) {
        ChannelLevel level = fact.fact().actors().stream().allMatch(allegiances::isPerson)
                ? ChannelLevel.LEADERS : ChannelLevel.PARTIES;
        if (fact.kind() == FactKind.CONTACT_SUSPENDED) {
            // dormant since the first suspension that no contact followed
            boolean dormant = before != null && before.status() == ChannelStatus.DORMANT;
            return new ChannelVersion(parties, ChannelStatus.DORMANT,
                    dormant ? before.since() : fact.validTime(), dormant ? before.sinceFact() : fact.id(),
                    level, before == null ? null : before.lastContact(), before == null ? 0 : before.contactsAtLast());
        }
        // active since the first contact after the last suspension (or ever)
        boolean active = before != null && before.status() == ChannelStatus.ACTIVE;
        boolean sameInstant = before != null && before.lastContact() != null
                && before.lastContact().from().equals(fact.validFrom());
        return new ChannelVersion(parties, ChannelStatus.ACTIVE,
                active ? before.since() : fact.validTime(), active ? before.sinceFact() : fact.id(),
                level, fact.validTime(), sameInstant ? before.contactsAtLast() + 1 : 1);
    }
}
