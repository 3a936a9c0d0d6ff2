package com.negotiationtracker.core.track;

import com.negotiationtracker.core.provenance.Provenance;
import com.negotiationtracker.core.time.ValidTime;

import java.util.Objects;

/**
 * What every recorded fact carries, whatever its kind: its stable id, a one-line summary in the editor's words,
 * when it happened in the world (its valid time) and where the claim comes from (its provenance).
 */
public record Fact(FactId id, String summary, ValidTime validTime, Provenance provenance) {

    public Fact {
        Objects.requireNonNull(id, "a fact needs an id");
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("fact '" + id + "' needs a summary");
        }
        Objects.requireNonNull(validTime, "fact '" + id + "' needs a valid time");
        Objects.requireNonNull(provenance, "fact '" + id + "' needs its provenance");
    }
}
