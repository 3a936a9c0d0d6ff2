package com.negotiationtracker.config.state;

import com.negotiationtracker.config.support.TrackerApi;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** {@code GET /api/state} as a client asks it, and what the tests look for in its answers. */
final class StateApi {

    private final TrackerApi api;

    StateApi(TrackerApi api) {
        this.api = api;
    }

    /** The state for a query string such as {@code validAt=2025-02-10&knownAt=2000-01-01}. */
    JsonNode state(String query) {
        TrackerApi.Response response = get(query);
        if (response.status() != 200) {
            throw new AssertionError("GET /api/state?" + query + " answered " + response.status() + ": "
                    + response.body());
        }
        return response.json();
    }

    TrackerApi.Response get(String query) {
        return api.get("/api/state?" + query);
    }

    static Optional<JsonNode> channel(JsonNode state, String party, String otherParty) {
        return elements(state, "channels").stream()
                .filter(channel -> channel.path("parties").size() == 2
                        && channel.path("parties").get(0).asString().equals(party)
                        && channel.path("parties").get(1).asString().equals(otherParty))
                .findFirst();
    }

    static Optional<JsonNode> track(JsonNode state, String track) {
        return elements(state, "tracks").stream()
                .filter(phase -> phase.path("track").asString().equals(track)).findFirst();
    }

    static List<JsonNode> elements(JsonNode state, String list) {
        return StreamSupport.stream(state.path(list).spliterator(), false).toList();
    }

    /** Whether the answer leaves a value out or gives it as null. */
    static boolean absent(JsonNode value) {
        return value.isMissingNode() || value.isNull();
    }
}
