package com.negotiationtracker.query.claims;

import java.util.Locale;

/** What an event says about a claim: it recorded it, or it is a later report of one kind or another. */
enum ReportRole {
    RECORDED, APPEARANCE, CORROBORATION, DISPUTE, CORRECTION, RETRACTION;

    /** Whether the claim appeared in print with this report (the first appearance is the earliest of these). */
    boolean isAppearance() {
        return this == RECORDED || this == APPEARANCE || this == CORROBORATION;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
