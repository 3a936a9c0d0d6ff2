package com.negotiationtracker.config.support;

import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** Finds entries of the timeline the way an analyst would describe them: by kind, actors and date. */
public final class TimelineEntries {

    private TimelineEntries() {
    }

    public static List<JsonNode> ofKind(List<JsonNode> timeline, String kind) {
        return timeline.stream().filter(entry -> kind.equals(entry.path("kind").asString())).toList();
    }

    public static JsonNode only(List<JsonNode> timeline, String kind, String... actors) {
        List<JsonNode> matches = ofKind(timeline, kind).stream()
                .filter(entry -> actors(entry).containsAll(Set.of(actors)))
                .toList();
        if (matches.size() != 1) {
            throw new AssertionError("expected one " + kind + " naming " + List.of(actors) + " but found "
                    + matches.size() + " in " + timeline);
        }
        return matches.get(0);
    }

    public static Set<String> actors(JsonNode entry) {
        return StreamSupport.stream(entry.path("actors").spliterator(), false)
                .map(JsonNode::asString)
                .collect(Collectors.toSet());
    }

    public static String validTime(JsonNode entry) {
        return entry.path("validTime").path("value").asString();
    }

    public static String assertedBy(JsonNode entry) {
        return entry.path("provenance").path("assertedBy").asString();
    }
}
