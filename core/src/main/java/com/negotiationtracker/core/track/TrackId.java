package com.negotiationtracker.core.track;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.negotiationtracker.core.common.Slug;

/** The stable id of a negotiation track, such as {@code us-russia} or {@code ukraine-peace}. */
public record TrackId(String value) {

    public TrackId {
        Slug.require(value, "track id");
    }

    @JsonCreator
    public static TrackId of(String value) {
        return new TrackId(value);
    }

    /** The event stream of this track in the event store; prefixed so that it never collides with an actor's. */
    public String streamId() {
        return "track:" + value;
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
