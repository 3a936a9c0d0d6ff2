package com.negotiationtracker.query.state;

import com.negotiationtracker.core.actor.ActorKind;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whom each actor speaks for, as the record stood at one moment: a person or office speaks for a party (Trump for the
 * United States, the Kremlin for Russia); a state, alliance or organisation is a party itself. Channels are between
 * parties, so a call between Trump and Putin is contact between the United States and Russia.
 */
final class Allegiances {

    /** The kinds of actor that act for others rather than being a party of their own. */
    private static final Set<ActorKind> AGENTS = Set.of(ActorKind.PERSON, ActorKind.OFFICE, ActorKind.UNNAMED_SOURCES);
    /** How far "speaks for" is followed (an office for a person for a state), so that a cycle cannot loop. */
    private static final int MAX_HOPS = 4;

    private final Map<String, ActorProfile> profiles;

    private Allegiances(Map<String, ActorProfile> profiles) {
        this.profiles = profiles;
    }

    /** Each actor's latest profile recorded by {@code moment}. */
    static Allegiances asOf(List<ActorProfile> profiles, Instant moment) {
        Map<String, ActorProfile> latest = new HashMap<>();
        profiles.stream()
                .filter(profile -> !profile.recordedAt().isAfter(moment))
                .sorted(Comparator.comparing(ActorProfile::recordedAt).thenComparing(ActorProfile::sequence))
                .forEach(profile -> latest.put(profile.actor(), profile));
        return new Allegiances(latest);
    }

    /**
     * The party an actor speaks for: the first entry of its {@code speaksFor} that is a party, else the party of the
     * first entry; the actor itself when it is a party, speaks for no one or is not (yet) known.
     */
    String partyOf(String actor) {
        String current = actor;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            ActorProfile profile = profiles.get(current);
            if (profile == null || !AGENTS.contains(profile.kind()) || profile.speaksFor().isEmpty()) {
                return current;
            }
            for (String represented : profile.speaksFor()) {
                ActorProfile party = profiles.get(represented);
                if (party == null || !AGENTS.contains(party.kind())) {
                    return represented;
                }
            }
            current = profile.speaksFor().get(0);
        }
        return current;
    }

    boolean isPerson(String actor) {
        ActorProfile profile = profiles.get(actor);
        return profile != null && profile.kind() == ActorKind.PERSON;
    }
}
