package com.negotiationtracker.query.audit;

import java.util.Objects;

/**
 * Asks whether the log has only grown since an auditor took {@code digest}: the first {@code digest.count()} events
 * are recomputed from the event table and must end in {@code digest.head()}; answered with a {@link Verification}
 * ({@link Verdict#ONLY_GROWN}, {@link Verdict#TAMPERED}, {@link Verdict#DIVERGED} or {@link Verdict#SHORTER}).
 */
public record HasOnlyGrownSince(Digest digest) {

    public HasOnlyGrownSince {
        Objects.requireNonNull(digest, "a digest to compare with");
    }
}
