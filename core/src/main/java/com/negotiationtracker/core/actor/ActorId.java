package com.negotiationtracker.core.actor;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.negotiationtracker.core.common.Slug;

/** The stable id of an actor in the directory, such as {@code trump}, {@code kremlin} or {@code russian-sources}. */
public record ActorId(String value) {

    public ActorId {
        Slug.require(value, "actor id");
    }

    @JsonCreator
    public static ActorId of(String value) {
        return new ActorId(value);
    }

    /** The event stream of this actor in the event store; prefixed so that it never collides with a track's. */
    public String streamId() {
        return "actor:" + value;
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
