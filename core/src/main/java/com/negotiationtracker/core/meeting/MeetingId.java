package com.negotiationtracker.core.meeting;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.negotiationtracker.core.common.Slug;

/** The stable id of a meeting within its track, such as {@code trump-zelenskiy-munich}. */
public record MeetingId(String value) {

    public MeetingId {
        Slug.require(value, "meeting id");
    }

    @JsonCreator
    public static MeetingId of(String value) {
        return new MeetingId(value);
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
