package com.negotiationtracker.core.dossier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test dossiers as mutable maps, so that a test breaks exactly the field it is about and writes the result as YAML
 * or JSON. The small dossier is about an imaginary article (Northland and Southland); the reference dossier is read
 * from {@code dossiers/seed-article.yaml}.
 */
final class SampleDossier {

    /** The reference dossier, relative to the core module (the working directory of its tests). */
    static final Path SEED = Path.of("..", "dossiers", "seed-article.yaml");

    static final int SEED_ACTORS = 19;
    static final int SEED_TRACKS = 3;
    static final int SEED_FACTS = 27;

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SampleDossier() {
    }

    static String seedYaml() {
        try {
            return Files.readString(SEED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reference dossier as maps, to change and write again. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> seed() {
        return YAML.readValue(seedYaml(), LinkedHashMap.class);
    }

    /** A small valid dossier: two states, a prime minister and her office, one track, and five facts. */
    static Map<String, Object> small() {
        Map<String, Object> dossier = map(
                "version", 1,
                "id", "northland-southland-talks",
                "title", "Northland and Southland talk (an imaginary article)",
                "sources", list(map("id", "harbour-gazette-2031-05-04", "publishedAt", "2031-05-04",
                        "outlet", "Harbour Gazette", "url", "https://gazette.example/2031/05/04/talks")),
                "actors", list(
                        map("id", "north-office", "name", "Office of the Northland Prime Minister", "kind", "office",
                                "speaksFor", list("north-pm", "northland")),
                        map("id", "north-pm", "name", "Ada Nord", "kind", "person",
                                "roles", list("Prime Minister of Northland"), "speaksFor", list("northland")),
                        map("id", "northland", "name", "Northland", "kind", "state"),
                        map("id", "southland", "name", "Southland", "kind", "state")),
                "tracks", list(map("id", "north-south", "title", "Northland and Southland",
                        "parties", list("northland", "southland"))),
                "facts", list(
                        fact("north-south-call", "call", "The leaders spoke by phone.", "2031-05-03",
                                "participants", list("north-pm", "southland"),
                                "duration", map("value", "PT45M", "approximate", true,
                                        "asReported", "some 45 minutes")),
                        fact("harbour-invitation", "invitation-issued", "Northland invited Southland to Port Nord.",
                                "2031-05-03", "invitation", "port-nord-visit", "host", "northland",
                                "guest", "southland", "venue", map("kind", "named", "place", "Port Nord",
                                        "country", "northland"), "plannedFor", "2031-06"),
                        fact("harbour-invitation-accepted", "invitation-accepted", "Southland accepted.",
                                "2031-05-04", "invitation", "port-nord-visit"),
                        fact("summit-proposed", "meeting-proposed", "A summit was proposed.", "2031-05-04",
                                "meeting", "summit", "participants", list("northland", "southland"),
                                "venue", "third-country"),
                        fact("summit-held", "meeting-held", "The summit was held.",
                                map("value", "2031-05-20", "approximate", true), "meeting", "summit")));
        return dossier;
    }

    /** A fact of the small dossier, asserted by the Northland PM's office in the Harbour Gazette. */
    static Map<String, Object> fact(String id, String kind, String summary, Object validTime, Object... fields) {
        Map<String, Object> fact = map("id", id, "kind", kind, "track", "north-south", "summary", summary,
                "validTime", validTime,
                "provenance", map("assertedBy", "north-office", "channel", "statement",
                        "source", "harbour-gazette-2031-05-04"));
        fact.putAll(map(fields));
        return fact;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> facts(Map<String, Object> dossier) {
        return (List<Map<String, Object>>) dossier.get("facts");
    }

    static Map<String, Object> fact(Map<String, Object> dossier, int index) {
        return facts(dossier).get(index);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> actor(Map<String, Object> dossier, int index) {
        return ((List<Map<String, Object>>) dossier.get("actors")).get(index);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> provenance(Map<String, Object> fact) {
        return (Map<String, Object>) fact.get("provenance");
    }

    /** The index of the fact with this id. */
    static int indexOf(Map<String, Object> dossier, String factId) {
        List<Map<String, Object>> facts = facts(dossier);
        for (int i = 0; i < facts.size(); i++) {
            if (factId.equals(facts.get(i).get("id"))) {
                return i;
            }
        }
        throw new IllegalArgumentException("no fact " + factId);
    }

    static String yaml(Map<String, Object> dossier) {
        return YAML.writeValueAsString(dossier);
    }

    static String json(Map<String, Object> dossier) {
        return JSON.writeValueAsString(dossier);
    }

    static JsonNode tree(Map<String, Object> dossier) {
        return JSON.valueToTree(dossier);
    }

    /** An ordered, mutable map of alternating keys and values. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** A mutable list. */
    static List<Object> list(Object... items) {
        return new ArrayList<>(List.of(items));
    }
}
