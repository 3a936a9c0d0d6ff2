package com.negotiationtracker.core.dossier;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of later report about a recorded claim that a dossier's {@code reports} section can hold, each the
 * {@code kind} an editor writes and the fields it takes besides the common ones. Each maps to one command.
 */
public enum ReportKind {
    /** {@code RecordAppearance}: a later source repeats the claim. */
    APPEARANCE("appearance"),
    /** {@code CorroborateClaim}: another actor confirms it. */
    CORROBORATION("corroboration"),
    /** {@code DisputeClaim}: a source gives another value for one field. */
    DISPUTE("dispute", "field", "value"),
    /** {@code CorrectClaim}: a source corrects one field. */
    CORRECTION("correction", "field", "value"),
    /** {@code RetractClaim}: a source withdraws the claim. */
    RETRACTION("retraction");

    /** The fields every report has, whatever its kind. */
    public static final List<String> COMMON_FIELDS = List.of("id", "kind", "track", "claim", "provenance");

    private final String label;
    private final List<String> fields;

    ReportKind(String label, String... fields) {
        this.label = label;
        this.fields = List.of(fields);
    }

    public String label() {
        return label;
    }

    public List<String> fields() {
        return fields;
    }

    public Set<String> allFields() {
        Set<String> all = new LinkedHashSet<>(COMMON_FIELDS);
        all.addAll(fields);
        return all;
    }

    public static Optional<ReportKind> of(String label) {
        return Arrays.stream(values()).filter(kind -> kind.label.equals(label)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(ReportKind::label).toList();
    }

    static Set<String> anyFields() {
        Set<String> all = new LinkedHashSet<>(COMMON_FIELDS);
        all.addAll(List.of("field", "value"));
        return all;
    }
}
