package com.negotiationtracker.core.claim;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.common.Rule;
import com.negotiationtracker.core.common.RuleViolation;
import com.negotiationtracker.core.provenance.Provenance;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A recorded fact seen as a claim, as its track knows it: the value each field holds now (after corrections) and
 * where that value came from, the sources it appeared in, and whether it was retracted. The track's aggregate keeps
 * one per fact and asks it for the rules; it changes only through {@link #apply(ClaimEvent)}.
 * <p>
 * Part of the track's snapshots: serialized field by field.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Claim {

    private static final String THE_FACT_ITSELF = "the fact itself";

    private final ClaimBasis basis;
    private final Map<ClaimField, Held> corrected;
    /**
     * Source reference and asserting actor of each later appearance, with the report that recorded it (the fact's
     * own appearance is in its basis).
     */
    private final Map<String, String> appearances;
    private boolean retracted;

    /** A value of a field and the provenance it came with. */
    public record Held(ClaimValue value, Provenance provenance) {
    }

    @JsonCreator
    private Claim(@JsonProperty("basis") ClaimBasis basis,
                  @JsonProperty("corrected") Map<ClaimField, Held> corrected,
                  @JsonProperty("appearances") Map<String, String> appearances,
                  @JsonProperty("retracted") boolean retracted) {
        this.basis = Objects.requireNonNull(basis, "a claim needs its basis");
        this.corrected = corrected == null ? new EnumMap<>(ClaimField.class) : new EnumMap<>(corrected);
        this.appearances = appearances == null ? new HashMap<>() : new HashMap<>(appearances);
        this.retracted = retracted;
    }

    /** The claim a fact is when nothing was reported about it yet. */
    public static Claim of(ClaimBasis basis) {
        return new Claim(basis, null, null, false);
    }

    /** The kind of the fact, in the words of refusals ({@code CallHeld}). */
    public String kind() {
        return basis.kind();
    }

    /** The value the claim holds now for a field, and its provenance; refused when the kind has no such field. */
    public Held current(ClaimField field) {
        if (!basis.has(field)) {
            throw new RuleViolation(Rule.CLAIM_FIELD_MUST_APPLY, "claim '" + basis.id() + "' is a "
                    + basis.kind() + ", which has no field '" + field.label() + "'");
        }
        return corrected.getOrDefault(field, new Held(basis.valueOf(field), basis.provenance()));
    }

    /** Corroborations, disputes, corrections and retractions need a claim that was not retracted. */
    public void requireOpen() {
        if (retracted) {
            throw new RuleViolation(Rule.RETRACTED_CLAIM_IS_CLOSED,
                    "claim '" + basis.id() + "' was retracted");
        }
    }

    /** An appearance (or corroboration) in a source, by an actor, that the claim does not have yet. */
    public void requireNewAppearance(Provenance provenance) {
        String key = appearanceKey(provenance);
        String earlier = key.equals(appearanceKey(basis.provenance())) ? THE_FACT_ITSELF : appearances.get(key);
        if (earlier != null) {
            throw new RuleViolation(Rule.APPEARANCE_RECORDED_ONCE, "claim '" + basis.id()
                    + "' already appears in source '" + provenance.source().reference() + "' as asserted by '"
                    + provenance.assertedBy() + "' (" + earlier + ")");
        }
    }

    /** Someone other than the claim's own asserter. */
    public void requireCorroborator(Provenance provenance) {
        ActorId asserter = basis.provenance().assertedBy();
        if (provenance.assertedBy().equals(asserter)) {
            throw new RuleViolation(Rule.CORROBORATION_BY_ANOTHER_ACTOR, "'" + asserter + "' asserted claim '"
                    + basis.id() + "' in the first place: record its repetition as an appearance");
        }
    }

    public void requireOtherValue(ClaimField field, ClaimValue value, Rule rule) {
        Held held = current(field);
        if (value.equals(held.value())) {
            throw new RuleViolation(rule, "claim '" + basis.id() + "' already holds " + value.describe()
                    + " for '" + field.label() + "'");
        }
    }

    public void apply(ClaimEvent event) {
        if (event instanceof ClaimAppeared || event instanceof ClaimCorroborated) {
            String key = appearanceKey(event.provenance());
            if (!key.equals(appearanceKey(basis.provenance()))) {
                appearances.putIfAbsent(key, "report '" + event.report() + "'");
            }
        } else if (event instanceof ClaimCorrected correction) {
            corrected.put(correction.field(), new Held(correction.correctedValue(), correction.provenance()));
        } else if (event instanceof ClaimRetracted) {
            retracted = true;
        }
    }

    private static String appearanceKey(Provenance provenance) {
        return provenance.source().reference() + "\n" + provenance.assertedBy().value();
    }

    /** Claims are equal when their fact and everything reported about it are. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Claim claim && basis.equals(claim.basis) && corrected.equals(claim.corrected)
                && appearances.equals(claim.appearances) && retracted == claim.retracted;
    }

    @Override
    public int hashCode() {
        return Objects.hash(basis, corrected, appearances, retracted);
    }
}
