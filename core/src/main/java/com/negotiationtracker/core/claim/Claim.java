package com.negotiationtracker.core.claim;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.common.Rule;
import com.negotiationtracker.core.common.RuleViolation;
import com.negotiationtracker.core.provenance.Provenance;

import java.util.Objects;

/**
 * A recorded fact seen as a claim, for the rules about later reports: the fact as recorded ({@link ClaimBasis}, read
 * back from its track's stream) together with what reports changed since ({@link ClaimReports}, which the track
 * keeps). Made for one decision and then dropped; the track holds only the reports.
 */
public final class Claim {

    private static final String THE_FACT_ITSELF = "the fact itself";

    private final ClaimBasis basis;
    private final ClaimReports reports;

    /** A value of a field and the provenance it came with. */
    public record Held(ClaimValue value, Provenance provenance) {
    }

    private Claim(ClaimBasis basis, ClaimReports reports) {
        this.basis = Objects.requireNonNull(basis, "a claim needs its basis");
        this.reports = Objects.requireNonNull(reports, "a claim needs what was reported about it");
    }

    public static Claim of(ClaimBasis basis, ClaimReports reports) {
        return new Claim(basis, reports);
    }

    /** The value the claim holds now for a field, and its provenance; refused when the kind has no such field. */
    public Held current(ClaimField field) {
        if (!basis.has(field)) {
            throw new RuleViolation(Rule.CLAIM_FIELD_MUST_APPLY, "claim '" + basis.id() + "' is a "
                    + basis.kind() + ", which has no field '" + field.label() + "'");
        }
        Held corrected = reports.corrected(field);
        return corrected != null ? corrected : new Held(basis.valueOf(field), basis.provenance());
    }

    /** Corroborations, disputes, corrections and retractions need a claim that was not retracted. */
    public void requireOpen() {
        if (reports.retracted()) {
            throw new RuleViolation(Rule.RETRACTED_CLAIM_IS_CLOSED,
                    "claim '" + basis.id() + "' was retracted");
        }
    }

    /** An appearance (or corroboration) in a source, by an actor, that the claim does not have yet. */
    public void requireNewAppearance(Provenance provenance) {
        boolean itself = ClaimReports.appearanceKey(provenance)
                .equals(ClaimReports.appearanceKey(basis.provenance()));
        String report = reports.appearance(provenance);
        String earlier = itself ? THE_FACT_ITSELF : report == null ? null : "report '" + report + "'";
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
}
