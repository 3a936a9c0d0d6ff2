package com.negotiationtracker.core.claim;

import com.negotiationtracker.core.provenance.Provenance;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What later reports changed about one claim: the values corrected (with the provenance of each correction), the
 * sources and actors it appeared again with, and whether it was retracted. A track keeps one for each claim that
 * has reports, and nothing of the fact itself: the fact is read back from the track's stream when a rule needs it
 * ({@link Claim}), so that what a track holds grows with its reports, not with the size of its facts.
 * <p>
 * Part of the track's snapshots: serialized field by field. Changes only through {@link #apply(ClaimEvent)}.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class ClaimReports {

    private final Map<ClaimField, Claim.Held> corrected;
    /**
     * The report that recorded each appearance (or corroboration), by source reference and asserting actor
     * ({@link #appearanceKey}). May hold the key of the fact's own provenance: the rules look at that first.
     */
    private final Map<String, String> appearances;
    private boolean retracted;

    @JsonCreator
    private ClaimReports(@JsonProperty("corrected") Map<ClaimField, Claim.Held> corrected,
                         @JsonProperty("appearances") Map<String, String> appearances,
                         @JsonProperty("retracted") boolean retracted) {
        this.corrected = corrected == null ? new EnumMap<>(ClaimField.class) : new EnumMap<>(corrected);
        this.appearances = appearances == null ? new HashMap<>() : new HashMap<>(appearances);
        this.retracted = retracted;
    }

    /** A claim nothing was reported about yet. */
    public static ClaimReports none() {
        return new ClaimReports(null, null, false);
    }

    public void apply(ClaimEvent event) {
        if (event instanceof ClaimAppeared || event instanceof ClaimCorroborated) {
            appearances.putIfAbsent(appearanceKey(event.provenance()), "report '" + event.report() + "'");
        } else if (event instanceof ClaimCorrected correction) {
            corrected.put(correction.field(), new Claim.Held(correction.correctedValue(), correction.provenance()));
        } else if (event instanceof ClaimRetracted) {
            retracted = true;
        }
    }

    Claim.Held corrected(ClaimField field) {
        return corrected.get(field);
    }

    /** The report that recorded an appearance in this source by this actor; null when none did. */
    String appearance(Provenance provenance) {
        return appearances.get(appearanceKey(provenance));
    }

    boolean retracted() {
        return retracted;
    }

    static String appearanceKey(Provenance provenance) {
        return provenance.source().reference() + "\n" + provenance.assertedBy().value();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClaimReports reports && corrected.equals(reports.corrected)
                && appearances.equals(reports.appearances) && retracted == reports.retracted;
    }

    @Override
    public int hashCode() {
        return Objects.hash(corrected, appearances, retracted);
    }
}
