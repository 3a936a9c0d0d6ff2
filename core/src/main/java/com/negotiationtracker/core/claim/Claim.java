package com.negotiationtracker.core.claim;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.common.Rule;
import com.negotiationtracker.core.common.RuleViolation;
import com.negotiationtracker.core.provenance.Provenance;
import com.negotiationtracker.core.track.FactEvent;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A recorded fact seen as a claim, as its track knows it: the value each field holds now (after corrections) and
 * where that value came from, the sources it appeared in, and whether it was retracted. The track's aggregate keeps
 * one per fact and asks it for the rules; it changes only through {@link #apply(ClaimEvent)}.
 */
public final class Claim {

    private final FactEvent fact;
    private final Map<ClaimField, Held> corrected = new EnumMap<>(ClaimField.class);
    /** Source reference and asserting actor of each appearance, with the report (or fact) that recorded it. */
    private final Map<String, String> appearances = new HashMap<>();
    private boolean retracted;

    /** A value of a field and the provenance it came with. */
    public record Held(ClaimValue value, Provenance provenance) {
    }

    private Claim(FactEvent fact) {
        this.fact = fact;
        appearances.put(appearanceKey(fact.fact().provenance()), "the fact itself");
    }

    public static Claim of(FactEvent fact) {
        return new Claim(fact);
    }

    /** The value the claim holds now for a field, and its provenance; refused when the kind has no such field. */
    public Held current(ClaimField field) {
        if (!field.appliesTo(fact)) {
            throw new RuleViolation(Rule.CLAIM_FIELD_MUST_APPLY, "claim '" + fact.fact().id() + "' is a "
                    + fact.getClass().getSimpleName() + ", which has no field '" + field.label() + "'");
        }
        return corrected.getOrDefault(field, new Held(field.valueIn(fact), fact.fact().provenance()));
    }

    /** Corroborations, disputes, corrections and retractions need a claim that was not retracted. */
    public void requireOpen() {
        if (retracted) {
            throw new RuleViolation(Rule.RETRACTED_CLAIM_IS_CLOSED,
                    "claim '" + fact.fact().id() + "' was retracted");
        }
    }

    /** An appearance (or corroboration) in a source, by an actor, that the claim does not have yet. */
    public void requireNewAppearance(Provenance provenance) {
        String earlier = appearances.get(appearanceKey(provenance));
        if (earlier != null) {
            throw new RuleViolation(Rule.APPEARANCE_RECORDED_ONCE, "claim '" + fact.fact().id()
                    + "' already appears in source '" + provenance.source().reference() + "' as asserted by '"
                    + provenance.assertedBy() + "' (" + earlier + ")");
        }
    }

    /** Someone other than the claim's own asserter. */
    public void requireCorroborator(Provenance provenance) {
        ActorId asserter = fact.fact().provenance().assertedBy();
        if (provenance.assertedBy().equals(asserter)) {
            throw new RuleViolation(Rule.CORROBORATION_BY_ANOTHER_ACTOR, "'" + asserter + "' asserted claim '"
                    + fact.fact().id() + "' in the first place: record its repetition as an appearance");
        }
    }

    public void requireOtherValue(ClaimField field, ClaimValue value, Rule rule) {
        Held held = current(field);
        if (value.equals(held.value())) {
            throw new RuleViolation(rule, "claim '" + fact.fact().id() + "' already holds " + value.describe()
                    + " for '" + field.label() + "'");
        }
    }

    public void apply(ClaimEvent event) {
        if (event instanceof ClaimAppeared || event instanceof ClaimCorroborated) {
            appearances.putIfAbsent(appearanceKey(event.provenance()), "report '" + event.report() + "'");
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
        return other instanceof Claim claim && fact.equals(claim.fact) && corrected.equals(claim.corrected)
                && appearances.equals(claim.appearances) && retracted == claim.retracted;
    }

    @Override
    public int hashCode() {
        return Objects.hash(fact, corrected, appearances, retracted);
    }
}
