package com.negotiationtracker.core.track;

/**
 * What a track keeps of a report about a claim: enough to refuse other content under the same report id in the
 * domain's words, and the fingerprint that tells a repeat of the same report.
 *
 * @param kind        the report's event type ({@code ClaimDisputed})
 * @param claim       the fact the report is about
 * @param fingerprint see {@link NegotiationTrack#reportFingerprint}
 */
record RecordedReport(String kind, FactId claim, long fingerprint) {

    /** Kinds are few and every fact names one: shared, not a copy each read from a snapshot. */
    RecordedReport {
        kind = kind.intern();
    }
}
