package com.negotiationtracker.query.position;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The key of a version of a position: the stance it shows, and the moment the record began to show it so. */
public class VersionKey implements Serializable {

    private String track;
    private String factId;
    private Instant recordedFrom;

    protected VersionKey() {
        // for JPA
    }

    public VersionKey(String track, String factId, Instant recordedFrom) {
        this.track = track;
        this.factId = factId;
        this.recordedFrom = recordedFrom;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VersionKey key && track.equals(key.track) && factId.equals(key.factId)
                && recordedFrom.equals(key.recordedFrom);
    }

    @Override
    public int hashCode() {
        return Objects.hash(track, factId, recordedFrom);
    }

    @Override
    public String toString() {
        return track + "/" + factId + "@" + recordedFrom;
    }
}
