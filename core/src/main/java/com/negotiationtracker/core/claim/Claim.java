package com.negotiationtracker.core.claim;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.common.Rule;
import com.negotiationtracker.core.common.RuleViolation;
import com.negotiationtracker.core.provenance.Provenance;
import com.negotiationtracker.core.track.FactId;
import com.negotiationtracker.core.track.Fingerprint;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A recorded fact seen as a claim, for the rules about later reports: what the track keeps of the fact (digests of its
 * own appearance and of its asserter), the fact itself ({@link ClaimBasis}, read back from its track's stream, and
 * only when a rule needs its values), and what reports changed since ({@link ClaimReports}). Made for one decision
 * and then dropped.
 */
public final class Claim {

    private static final String THE_FACT_ITSELF = "the fact itself";

    private final FactId id;
    private final long ownAppearance;
    private final long ownAsserter;
    private final Supplier<ClaimBasis> fact;
    private ClaimBasis basis;
    private final ClaimReports reports;

    /** A value of a field and the provenance it came with. */
    public record Held(ClaimValue value, Provenance provenance) {
    }

    private Claim(FactId id, long ownAppearance, long ownAsserter, Supplier<ClaimBasis> fact, ClaimReports reports) {
        this.id = Objects.requireNonNull(id, "a claim needs its fact's id");
        this.ownAppearance = ownAppearance;
        this.ownAsserter = ownAsserter;
        this.fact = Objects.requireNonNull(fact, "a claim needs a way to its fact");
        this.reports = Objects.requireNonNull(reports, "a claim needs what was reported about it");
    }

    /**
     * @param ownAppearance {@link #appearanceDigest} of the fact's own provenance
     * @param ownAsserter   {@link #asserterDigest} of the actor who asserted the fact
     * @param fact          reads the fact back; asked at most once, and only by the rules that need its values
     */
    public static Claim of(FactId id, long ownAppearance, long ownAsserter, Supplier<ClaimBasis> fact,
                           ClaimReports reports) {
        return new Claim(id, ownAppearance, ownAsserter, fact, reports);
    }

    /** Where and by whom a claim appeared, as a digest: a source reference and an asserting actor. */
    public static long appearanceDigest(Provenance provenance) {
        return Fingerprint.of("appearance", ClaimReports.appearanceKey(provenance));
    }

    public static long asserterDigest(ActorId actor) {
        return Fingerprint.of("asserter", actor.value());
    }

    /** The value the claim holds now for a field, and its provenance; refused when the kind has no such field. */
    public Held current(ClaimField field) {
        ClaimBasis recorded = basis();
        if (!recorded.has(field)) {
            throw new RuleViolation(Rule.CLAIM_FIELD_MUST_APPLY, "claim '" + id + "' is a "
                    + recorded.kind() + ", which has no field '" + field.label() + "'");
        }
        Held corrected = reports.corrected(field);
        return corrected != null ? corrected : new Held(recorded.valueOf(field), recorded.provenance());
    }

    /** Corroborations, disputes, corrections and retractions need a claim that was not retracted. */
    public void requireOpen() {
        if (reports.retracted()) {
            throw new RuleViolation(Rule.RETRACTED_CLAIM_IS_CLOSED, "claim '" + id + "' was retracted");
        }
    }

    /** An appearance (or corroboration) in a source, by an actor, that the claim does not have yet. */
    public void requireNewAppearance(Provenance provenance) {
        String report = reports.appearance(provenance);
        String earlier = appearanceDigest(provenance) == ownAppearance ? THE_FACT_ITSELF
                : report == null ? null : "report '" + report + "'";
        if (earlier != null) {
            throw new RuleViolation(Rule.APPEARANCE_RECORDED_ONCE, "claim '" + id
                    + "' already appears in source '" + provenance.source().reference() + "' as asserted by '"
                    + provenance.assertedBy() + "' (" + earlier + ")");
        }
    }

    /** Someone other than the claim's own asserter. */
    public void requireCorroborator(Provenance provenance) {
        ActorId corroborator = provenance.assertedBy();
        if (asserterDigest(corroborator) == ownAsserter) {
            throw new RuleViolation(Rule.CORROBORATION_BY_ANOTHER_ACTOR, "'" + corroborator + "' asserted claim '"
                    + id + "' in the first place: record its repetition as an appearance");
        }
    }

    public void requireOtherValue(ClaimField field, ClaimValue value, Rule rule) {
        Held held = current(field);
        if (value.equals(held.value())) {
            throw new RuleViolation(rule, "claim '" + id + "' already holds " + value.describe()
                    + " for '" + field.label() + "'");
        }
    }

    private ClaimBasis basis() {
        if (basis == null) {
            basis = fact.get();
        }
        return basis;
    }
}
