package com.negotiationtracker.web.pages;

import com.negotiationtracker.core.dossier.FactKind;
import com.negotiationtracker.query.claims.ClaimStatus;
import com.negotiationtracker.web.problem.InvalidParameter;

/**
 * The filters the pages read beyond those {@link com.negotiationtracker.web.timeline.QueryParameters} reads: a kind of
 * fact and a status of a claim, each refused with a problem naming the parameter.
 */
public final class PageParameters {

    private PageParameters() {
    }

    /** A dossier kind of fact ({@code call}, {@code invitation-issued} ...); null when absent. */
    public static String kind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return FactKind.of(value.strip()).map(FactKind::label).orElseThrow(() -> new InvalidParameter("kind",
                "'" + value + "' is not a kind of fact; the kinds are " + String.join(", ", FactKind.labels())));
    }

    /** A status of a claim ({@code asserted}, {@code disputed} ...); null when absent. */
    public static ClaimStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return ClaimStatus.of(value.strip()).orElseThrow(() -> new InvalidParameter("status",
                "'" + value + "' is not a status of a claim; the statuses are "
                        + String.join(", ", ClaimStatus.labels())));
    }
}
