package com.negotiationtracker.core.claim;

import com.negotiationtracker.core.provenance.Provenance;
import com.negotiationtracker.core.track.FactEvent;
import com.negotiationtracker.core.track.FactId;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the rules about a claim need of the fact it is: its id, its kind, its provenance, which fields a later source
 * can dispute or correct and the value the fact gave each of them. Made from the fact's event when a dispute or
 * correction of it is decided ({@link Claim}); the track keeps none of it.
 *
 * @param kind   the fact's event type, in the words of refusals ({@code CallHeld})
 * @param fields the fields the fact's kind has
 * @param values the value the fact recorded for each of them, where it gave one
 */
public record ClaimBasis(FactId id, String kind, Provenance provenance, Set<ClaimField> fields,
                         Map<ClaimField, ClaimValue> values) {

    public ClaimBasis {
        Objects.requireNonNull(id, "a claim needs its fact's id");
        Objects.requireNonNull(provenance, "claim '" + id + "' needs its fact's provenance");
        fields = Set.copyOf(fields);
        values = Map.copyOf(values);
    }

    public static ClaimBasis of(FactEvent fact) {
        Set<ClaimField> fields = EnumSet.noneOf(ClaimField.class);
        Map<ClaimField, ClaimValue> values = new EnumMap<>(ClaimField.class);
        for (ClaimField field : ClaimField.values()) {
            if (field.appliesTo(fact)) {
                fields.add(field);
                ClaimValue value = field.valueIn(fact);
                if (value != null) {
                    values.put(field, value);
                }
            }
        }
        return new ClaimBasis(fact.fact().id(), fact.getClass().getSimpleName(), fact.fact().provenance(), fields,
                values);
    }

    boolean has(ClaimField field) {
        return fields.contains(field);
    }

    /** The value the fact recorded for a field it has; null where the reporting gave none. */
    ClaimValue valueOf(ClaimField field) {
        return values.get(field);
    }
}
