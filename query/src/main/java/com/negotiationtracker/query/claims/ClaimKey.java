package com.negotiationtracker.query.claims;

import java.io.Serializable;
import java.util.Objects;

/** The key of a claim row: a fact id is unique within its track (the track's aggregate enforces it). */
public class ClaimKey implements Serializable {

    private String track;
    private String factId;

    protected ClaimKey() {
        // for JPA
    }

    public ClaimKey(String track, String factId) {
        this.track = track;
        this.factId = factId;
    }

    String track() {
        return track;
    }

    String factId() {
        return factId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClaimKey key && track.equals(key.track) && factId.equals(key.factId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(track, factId);
    }

    @Override
    public String toString() {
        return track + "/" + factId;
    }
}
