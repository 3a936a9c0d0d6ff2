package com.negotiationtracker.core.claim;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.negotiationtracker.core.common.Slug;

/**
 * The stable id an editor gives a later report about a claim (an appearance, a corroboration, a dispute, a
 * correction, a retraction), so that importing the same dossier again records nothing new. Unique within a track.
 */
public record ReportId(String value) {

    public ReportId {
        Slug.require(value, "report id");
    }

    @JsonCreator
    public static ReportId of(String value) {
        return new ReportId(value);
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
