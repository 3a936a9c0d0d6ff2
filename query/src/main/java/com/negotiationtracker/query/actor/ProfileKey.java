package com.negotiationtracker.query.actor;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The key of a version of an actor's profile: the actor, and the moment the record began to show it. */
public class ProfileKey implements Serializable {

    private String actorId;
    private Instant recordedFrom;

    protected ProfileKey() {
        // for JPA
    }

    public ProfileKey(String actorId, Instant recordedFrom) {
        this.actorId = actorId;
        this.recordedFrom = recordedFrom;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProfileKey key && actorId.equals(key.actorId) && recordedFrom.equals(key.recordedFrom);
    }

    @Override
    public int hashCode() {
        return Objects.hash(actorId, recordedFrom);
    }

    @Override
    public String toString() {
        return actorId + "@" + recordedFrom;
    }
}
