package com.negotiationtracker.config.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.function.Consumer;

/** Dossiers for tests, made from the reference dossier so that they stay valid as the format grows. */
public final class Dossiers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Dossiers() {
    }

    /** The reference dossier with one change applied to its tree, as JSON. */
    public static String referenceWith(Consumer<ObjectNode> change) {
        ObjectNode dossier = (ObjectNode) ReferenceDossier.tree();
        change.accept(dossier);
        return JSON.writeValueAsString(dossier);
    }

    public static ObjectNode fact(ObjectNode dossier, int index) {
        return (ObjectNode) dossier.path("facts").get(index);
    }

    /**
     * A later report about the reference story: its own id and source, no actors or tracks of its own (it uses those
     * already in the store), and the given facts.
     */
    public static String laterReport(String id, JsonNode... facts) {
        ObjectNode dossier = JSON.createObjectNode();
        dossier.put("version", 1);
        dossier.put("id", id);
        dossier.put("title", "A later report");
        ObjectNode source = dossier.putArray("sources").addObject();
        source.put("id", id + "-source");
        source.put("outlet", "Example Wire");
        source.put("publishedAt", "2025-02-13");
        ArrayNode factList = dossier.putArray("facts");
        for (JsonNode fact : facts) {
            factList.add(fact);
        }
        return JSON.writeValueAsString(dossier);
    }

    /** A statement by Trump in the us-ukraine track, sourced from the later report {@code reportId}. */
    public static ObjectNode statement(String factId, String reportId) {
        ObjectNode fact = JSON.createObjectNode();
        fact.put("id", factId);
        fact.put("kind", "statement");
        fact.put("track", "us-ukraine");
        fact.put("summary", "Trump said he would meet Zelenskiy soon.");
        fact.put("validTime", "2025-02-13");
        ObjectNode provenance = fact.putObject("provenance");
        provenance.put("assertedBy", "trump");
        provenance.put("source", reportId + "-source");
        fact.put("speaker", "trump");
        return fact;
    }
}
