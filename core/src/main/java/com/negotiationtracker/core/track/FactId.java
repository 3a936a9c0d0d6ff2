package com.negotiationtracker.core.track;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.negotiationtracker.core.common.Slug;

/** The stable id an editor gives a fact, so that importing the same dossier again records nothing new. */
public record FactId(String value) {

    public FactId {
        Slug.require(value, "fact id");
    }

    @JsonCreator
    public static FactId of(String value) {
        return new FactId(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
