package com.negotiationtracker.core.position;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.negotiationtracker.core.common.Slug;

/**
 * A subject of negotiation, such as {@code territory}, {@code nato-membership}, {@code security-guarantees},
 * {@code foreign-troops}, {@code neutrality}, {@code kyiv-participation}, {@code minerals}, {@code military-support}.
 * Dossiers may name new issues; they are slugs so that positions on the same issue line up.
 */
public record Issue(String value) {

    public Issue {
        Slug.require(value, "issue");
    }

    @JsonCreator
    public static Issue of(String value) {
        return new Issue(value);
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
