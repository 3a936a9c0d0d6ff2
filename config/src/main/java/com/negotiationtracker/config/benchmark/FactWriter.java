package com.negotiationtracker.config.benchmark;

import com.negotiationtracker.config.benchmark.SyntheticCast.State;
import com.negotiationtracker.config.benchmark.SyntheticCast.Track;
import com.negotiationtracker.core.dossier.FactKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the parts of a synthetic fact in the dossier format: the fields every fact has, provenance as a real
 * article gives it (an office's statement, a leader on social media, unnamed sources), valid times at the
 * precisions the reporting uses (instants for calls, days, hedged months and years), venues and durations.
 */
final class FactWriter {

    /** Who asserted a fact, and the provenance entry that says so. */
    record Asserted(String actor, String channel, ObjectNode provenance) {
    }

    static final List<String> STANCES = List.of("unrealistic", "non-negotiable", "open to discussion",
            "conditional support", "firm opposition", "supports", "rejects", "under review", "willing to compromise",
            "precondition for talks");
    private static final List<String> OFFICE_CHANNELS = List.of("statement", "briefing", "press release");
    private static final List<String> PERSON_CHANNELS = List.of("social media", "press conference", "interview",
            "statement");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yyyy").withZone(ZoneOffset.UTC);

    private final SyntheticCast cast;
    private final SplittableRandom random;
    private final JsonMapper json;

    FactWriter(SyntheticCast cast, SplittableRandom random, JsonMapper json) {
        this.cast = cast;
        this.random = random;
        this.json = json;
    }

    /** A fact with the fields every fact has; the caller adds the fields of its kind. */
    ObjectNode fact(String id, FactKind kind, Track track, String summary, JsonNode validTime, Asserted asserted) {
        ObjectNode fact = json.createObjectNode();
        fact.put("id", id);
        fact.put("kind", kind.label());
        fact.put("track", track.id());
        fact.put("summary", summary);
        fact.set("validTime", validTime);
        fact.set("provenance", asserted.provenance());
        return fact;
    }

    /** Someone speaking for one of the track's parties, in the given source. */
    Asserted assertedFor(Track track, String source) {
        State party = random.nextBoolean() ? track.first() : track.second();
        int who = random.nextInt(10);
        String actor;
        String channel;
        if (who < 4) {
            actor = party.office();
            channel = pick(OFFICE_CHANNELS);
        } else if (who < 7) {
            actor = party.leader();
            channel = pick(PERSON_CHANNELS);
        } else if (who < 9) {
            actor = party.foreignMinister();
            channel = pick(PERSON_CHANNELS);
        } else {
            actor = party.unnamedSources();
            channel = "unnamed officials";
        }
        return asserted(actor, channel, source, random.nextInt(4) == 0);
    }

    Asserted asserted(String actor, String channel, String source, boolean quoted) {
        ObjectNode provenance = json.createObjectNode();
        provenance.put("assertedBy", actor);
        provenance.put("channel", channel);
        provenance.put("source", source);
        if (quoted) {
            provenance.put("quote", "We remain committed to a settlement that respects our interests.");
        }
        return new Asserted(actor, channel, provenance);
    }

    /**
     * A valid time at a precision the reporting would give: mostly a day; an instant for most calls; a hedged month
     * or year now and then.
     */
    JsonNode validTime(Instant at, boolean timed) {
        int roll = random.nextInt(100);
        if (timed ? roll < 70 : roll < 15) {
            return json.getNodeFactory().stringNode(at.truncatedTo(ChronoUnit.MINUTES).toString());
        }
        if (roll < 85) {
            return json.getNodeFactory().stringNode(DAY.format(at));
        }
        ObjectNode hedged = json.createObjectNode();
        hedged.put("value", roll < 96 ? MONTH.format(at) : YEAR.format(at));
        hedged.put("approximate", true);
        return hedged;
    }

    /** When a meeting or visit is to take place: a hedged month, or a day. */
    JsonNode plannedFor(Instant at) {
        if (random.nextInt(10) < 6) {
            ObjectNode hedged = json.createObjectNode();
            hedged.put("value", MONTH.format(at));
            hedged.put("approximate", true);
            return hedged;
        }
        return json.getNodeFactory().stringNode(DAY.format(at));
    }

    String day(Instant at) {
        return DAY.format(at);
    }

    /** A named place in a state, or an unnamed third country; null when the reporting does not say. */
    JsonNode venue(State host, boolean mayBeUnsaid) {
        int roll = random.nextInt(10);
        if (roll < 6) {
            return namedVenue(host);
        }
        if (roll < 8 || !mayBeUnsaid) {
            return json.getNodeFactory().stringNode("third-country");
        }
        return null;
    }

    ObjectNode namedVenue(State state) {
        ObjectNode venue = json.createObjectNode();
        venue.put("kind", "named");
        venue.put("place", state.capital());
        venue.put("country", state.id());
        return venue;
    }

    /** A call's duration: often hedged, with the reporting's own words. */
    JsonNode duration() {
        int minutes = 15 * (1 + random.nextInt(8));
        String value = "PT" + (minutes >= 60 ? minutes / 60 + "H" : "") + (minutes % 60 == 0 ? "" : minutes % 60 + "M");
        if (random.nextBoolean()) {
            return json.getNodeFactory().stringNode(value);
        }
        ObjectNode duration = json.createObjectNode();
        duration.put("value", value);
        duration.put("approximate", true);
        duration.put("asReported", "about " + minutes + " minutes");
        return duration;
    }

    ArrayNode list(String... ids) {
        ArrayNode list = json.createArrayNode();
        for (String id : ids) {
            list.add(id);
        }
        return list;
    }

    String name(String actorId) {
        return cast.name(actorId);
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
