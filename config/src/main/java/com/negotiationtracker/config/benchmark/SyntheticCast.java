package com.negotiationtracker.config.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The invented world a synthetic history is about: states, the people and offices that speak for them, alliances,
 * organisations and unnamed sources (about 200 actors), the negotiation tracks between states (hundreds), the issues
 * they argue over and the outlets that report on them. Made from a seed, so the same seed makes the same world.
 */
final class SyntheticCast {

    /** An actor as a dossier lists it. */
    record Actor(String id, String name, String kind, List<String> roles, List<String> speaksFor) {
    }

    /** A state with the people and offices that speak for it. */
    record State(String id, String name, String capital, String leader, String foreignMinister, String office,
                 String unnamedSources) {
    }

    /** A negotiation track between two states. */
    record Track(String id, String title, State first, State second) {
    }

    static final List<String> ISSUES = List.of("territory", "nato-membership", "security-guarantees",
            "foreign-troops", "neutrality", "kyiv-participation", "minerals", "military-support", "deterrence", "peace",
            "peace-talks", "sanctions", "energy-transit", "trade", "fishing-quotas", "water-rights",
            "border-demarcation", "prisoners", "ceasefire", "elections");

    static final List<String> OUTLETS = List.of("Harbour Gazette", "Northern Wire", "Continental Herald",
            "The Meridian", "Capital Dispatch", "Eastern Courier", "World Desk", "Coastal Times", "Daily Ledger",
            "Summit Report", "Frontier Post", "Global Briefing");

    private static final String[] ONSETS = {"Al", "Bor", "Cal", "Dra", "El", "Fen", "Gor", "Hal", "Is", "Jor", "Kel",
            "Lun", "Mar", "Nor", "Ost", "Par", "Quel", "Ros", "Sal", "Tor", "Ur", "Val", "Wes", "Zar"};
    private static final String[] ENDINGS = {"ia", "land", "ovia", "stan", "ania", "mark", "esia", "ora", "ovar",
            "enia"};
    private static final String[] GIVEN = {"Ada", "Boris", "Clara", "Dmitri", "Elena", "Farid", "Greta", "Hugo",
            "Ines", "Jonas", "Katya", "Luis", "Mira", "Nils", "Olga", "Pavel", "Rosa", "Sven", "Tamar", "Viktor"};
    private static final String[] FAMILY = {"Novak", "Berg", "Castel", "Dorn", "Esposito", "Falk", "Gruber", "Horvat",
            "Ivanova", "Jansen", "Kovac", "Lind", "Moreau", "Nagy", "Orlov", "Petrov", "Quist", "Rossi", "Sato",
            "Toma"};

    private final List<State> states;
    private final List<Actor> actors;
    private final List<String> alliances;
    private final List<String> organizations;
    private final List<Track> tracks;
    private final Map<String, String> names = new HashMap<>();

    SyntheticCast(long seed, int stateCount, int trackCount) {
        SplittableRandom random = new SplittableRandom(seed);
        this.states = states(random, stateCount);
        this.alliances = List.of("northern-pact", "coastal-union", "eastern-league", "southern-accord",
                "river-compact");
        this.organizations = List.of("world-assembly", "red-crescent-council", "grain-board", "atomic-agency",
                "mediation-group");
        this.actors = actors(states, alliances, organizations);
        this.tracks = tracks(random, states, trackCount);
        actors.forEach(actor -> names.put(actor.id(), actor.name()));
    }

    /** The default world: 40 states (200 actors) and 300 tracks. */
    static SyntheticCast standard(long seed) {
        return new SyntheticCast(seed, 40, 300);
    }

    List<State> states() {
        return states;
    }

    List<Actor> actors() {
        return actors;
    }

    List<String> alliances() {
        return alliances;
    }

    List<String> organizations() {
        return organizations;
    }

    List<Track> tracks() {
        return tracks;
    }

    /** The name of an actor of this world, as the reporting would write it. */
    String name(String actorId) {
        String name = names.get(actorId);
        if (name == null) {
            throw new IllegalArgumentException("no actor '" + actorId + "' in this world");
        }
        return name;
    }

    private static List<State> states(SplittableRandom random, int count) {
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            names.add(ONSETS[random.nextInt(ONSETS.length)] + ENDINGS[random.nextInt(ENDINGS.length)]);
        }
        List<State> states = new ArrayList<>();
        Set<String> people = new LinkedHashSet<>();
        for (String name : names) {
            String id = name.toLowerCase(Locale.ROOT);
            String leader = person(random, people);
            String minister = person(random, people);
            states.add(new State(id, name, name + " City", leader, minister, id + "-presidency",
                    id + "-sources"));
        }
        return List.copyOf(states);
    }

    /** A person's id, unique in the world: a name as ids are written ("ada-novak", "ada-novak-2"). */
    private static String person(SplittableRandom random, Set<String> taken) {
        String base = (GIVEN[random.nextInt(GIVEN.length)] + "-" + FAMILY[random.nextInt(FAMILY.length)])
                .toLowerCase(Locale.ROOT);
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        taken.add(id);
        return id;
    }

    private static List<Actor> actors(List<State> states, List<String> alliances, List<String> organizations) {
        List<Actor> actors = new ArrayList<>();
        for (State state : states) {
            actors.add(new Actor(state.id(), state.name(), "state", List.of(), List.of()));
            actors.add(new Actor(state.leader(), displayName(state.leader()), "person",
                    List.of("President of " + state.name()), List.of(state.id())));
            actors.add(new Actor(state.foreignMinister(), displayName(state.foreignMinister()), "person",
                    List.of("Foreign Minister of " + state.name()), List.of(state.id())));
            actors.add(new Actor(state.office(), "Office of the President of " + state.name(), "office",
                    List.of("presidential office"), List.of(state.id(), state.leader())));
            actors.add(new Actor(state.unnamedSources(), state.name() + " sources", "unnamed-sources", List.of(),
                    List.of()));
        }
        for (String alliance : alliances) {
            actors.add(new Actor(alliance, displayName(alliance), "alliance", List.of(), List.of()));
        }
        for (String organization : organizations) {
            actors.add(new Actor(organization, displayName(organization), "organization", List.of(), List.of()));
        }
        return List.copyOf(actors);
    }

    private static List<Track> tracks(SplittableRandom random, List<State> states, int count) {
        int pairs = states.size() * (states.size() - 1) / 2;
        if (count > pairs) {
            throw new IllegalArgumentException(count + " tracks need more than " + states.size() + " states");
        }
        Set<String> ids = new LinkedHashSet<>();
        List<Track> tracks = new ArrayList<>();
        while (tracks.size() < count) {
            State first = states.get(random.nextInt(states.size()));
            State second = states.get(random.nextInt(states.size()));
            if (first.equals(second) || ids.contains(second.id() + "-" + first.id())
                    || !ids.add(first.id() + "-" + second.id())) {
                continue;
            }
            tracks.add(new Track(first.id() + "-" + second.id(), first.name() + " and " + second.name(), first,
                    second));
        }
        return List.copyOf(tracks);
    }

    private static String displayName(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("-")) {
            if (!name.isEmpty()) {
                name.append(' ');
            }
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }
}
