package com.negotiationtracker.core.invitation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.negotiationtracker.core.common.Slug;

/** The stable id of an invitation within its track, such as {@code putin-invites-trump-to-moscow}. */
public record InvitationId(String value) {

    public InvitationId {
        Slug.require(value, "invitation id");
    }

    @JsonCreator
    public static InvitationId of(String value) {
        return new InvitationId(value);
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
