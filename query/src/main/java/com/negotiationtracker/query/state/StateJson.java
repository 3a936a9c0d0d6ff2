package com.negotiationtracker.query.state;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * The JSON the state's tables hold: the read model's own records (states, kept facts) and lists of ids. A property
 * the records no longer have is skipped, so that rows written by an earlier version still read.
 */
final class StateJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private StateJson() {
    }

    static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    static <T> T read(String json, Class<T> type) {
        return JSON.readValue(json, type);
    }

    static List<String> strings(String json) {
        return JSON.readValue(json, STRINGS);
    }
}
