package com.negotiationtracker.core.claim;

import com.negotiationtracker.core.provenance.Provenance;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What later reports changed about one claim: the values corrected (with the provenance of each correction), the
 * sources and actors it appeared again with, and whether it was retracted. A track keeps one for each claim that
 * has reports, and nothing of the fact itself: the fact is read back from the track's stream when a rule needs its
 * values ({@link Claim}), so that what a track holds grows with its reports, not with the size of its facts.
 * <p>
 * Part of the track's snapshots: serialized field by field. Changes only through {@link #apply(ClaimEvent)}.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public final class ClaimReports {

    /** None until a correction (most claims have none): a track keeps one of these for every claim with reports. */
    private Map<ClaimField, Claim.Held> corrected;
    /**
     * The id of the report that recorded each appearance (or corroboration), by source reference and asserting actor
     * ({@link #appearanceKey}); none until the first. May hold the key of the fact's own provenance: the rules look at
     * that first.
     */
    private Map<String, String> appearances;
    private boolean retracted;

    @JsonCreator
    private ClaimReports(@JsonProperty("corrected") Map<ClaimField, Claim.Held> corrected,
                         @JsonProperty("appearances") Map<String, String> appearances,
                         @JsonProperty("retracted") Boolean retracted) {
        this.corrected = corrected == null || corrected.isEmpty() ? null : new EnumMap<>(corrected);
        this.appearances = appearances == null || appearances.isEmpty() ? null : new HashMap<>(appearances);
        this.retracted = Boolean.TRUE.equals(retracted); // left out of a snapshot when false
    }

    /** A claim nothing was reported about yet. */
    public static ClaimReports none() {
        return new ClaimReports(null, null, null);
    }

    public void apply(ClaimEvent event) {
        if (event instanceof ClaimAppeared || event instanceof ClaimCorroborated) {
            if (appearances == null) {
                appearances = new HashMap<>(4);
            }
            appearances.putIfAbsent(appearanceKey(event.provenance()), event.report().value());
        } else if (event instanceof ClaimCorrected correction) {
            if (corrected == null) {
                corrected = new EnumMap<>(ClaimField.class);
            }
            corrected.put(correction.field(), new Claim.Held(correction.correctedValue(), correction.provenance()));
        } else if (event instanceof ClaimRetracted) {
            retracted = true;
        }
    }

    Claim.Held corrected(ClaimField field) {
        return corrected == null ? null : corrected.get(field);
    }

    /** The id of the report that recorded an appearance in this source by this actor; null when none did. */
    String appearance(Provenance provenance) {
        return appearances == null ? null : appearances.get(appearanceKey(provenance));
    }

    boolean retracted() {
        return retracted;
    }

    static String appearanceKey(Provenance provenance) {
        return provenance.source().reference() + "\n" + provenance.assertedBy().value();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClaimReports reports && Objects.equals(corrected, reports.corrected)
                && Objects.equals(appearances, reports.appearances) && retracted == reports.retracted;
    }

    @Override
    public int hashCode() {
        return Objects.hash(corrected, appearances, retracted);
    }
}
