package com.negotiationtracker.web.claims;

import com.negotiationtracker.query.claims.AppearanceView;
import com.negotiationtracker.query.claims.ClaimDetail;
import com.negotiationtracker.query.claims.ClaimEventView;
import com.negotiationtracker.query.claims.ClaimFieldView;
import com.negotiationtracker.query.claims.ClaimProvenanceView;
import com.negotiationtracker.query.claims.ClaimSourceView;
import com.negotiationtracker.query.claims.ClaimStatus;
import com.negotiationtracker.query.claims.ClaimSummary;
import com.negotiationtracker.query.claims.DisputeView;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Answers of the claims ledger for the web tests: the reference story's two calls, one of them disputed. */
public final class ClaimSamples {

    public static final Instant RECORDED = Instant.parse("2026-01-05T09:00:00Z");
    public static final Instant LATER = Instant.parse("2026-01-06T09:00:00Z");

    public static final ClaimSourceView SEED = new ClaimSourceView("seed-article", null, null, null, "2025-02-12",
            Instant.parse("2025-02-12T00:00:00Z"), Instant.parse("2025-02-13T00:00:00Z"));
    public static final ClaimSourceView WIRE = new ClaimSourceView("example-wire", "Example Wire", "The calls",
            "https://wire.example/calls", "2025-02-13", Instant.parse("2025-02-13T00:00:00Z"),
            Instant.parse("2025-02-14T00:00:00Z"));

    public static final AppearanceView KREMLIN_IN_SEED = new AppearanceView("recorded", null,
            new ClaimProvenanceView("kremlin", "statement", null, SEED), RECORDED,
            new ClaimEventView("e1", "CallHeld", RECORDED, 3L));
    public static final AppearanceView KREMLIN_IN_WIRE = new AppearanceView("appearance", "wire-repeats-call",
            new ClaimProvenanceView("kremlin", "statement", "close to an hour and a half", WIRE), LATER,
            new ClaimEventView("e9", "ClaimAppeared", LATER, 40L));
    public static final AppearanceView ZELENSKIY_OFFICE_IN_SEED = new AppearanceView("recorded", null,
            new ClaimProvenanceView("zelenskiy-office", "statement", null, SEED), RECORDED,
            new ClaimEventView("e2", "CallHeld", RECORDED, 6L));

    public static final ClaimSummary PUTIN_CALL = new ClaimSummary("us-russia/trump-putin-call", "us-russia",
            "trump-putin-call", "call", "Trump and Putin held a phone call.", ClaimStatus.ASSERTED, "kremlin",
            "2025-02-12", KREMLIN_IN_SEED, RECORDED, 2, 0, 0, 0);

    public static final ClaimDetail PUTIN_CALL_DETAIL = new ClaimDetail("us-russia/trump-putin-call", "us-russia",
            "trump-putin-call", "call", "Trump and Putin held a phone call.", ClaimStatus.ASSERTED, "kremlin",
            "2025-02-12", List.of(new ClaimFieldView("duration", Map.of("type", "duration", "value", "PT1H30M",
                    "hedge", "approximate"), KREMLIN_IN_SEED.provenance(), null)),
            List.of("kremlin", "putin", "trump"), KREMLIN_IN_SEED, RECORDED,
            List.of(KREMLIN_IN_SEED, KREMLIN_IN_WIRE), List.of(), List.of(), List.of(), List.of(),
            List.of(KREMLIN_IN_SEED.event(), KREMLIN_IN_WIRE.event()));

    public static final DisputeView WHITE_HOUSE_DISPUTE = new DisputeView("white-house-duration", "duration",
            Map.of("type", "duration", "value", "PT1H", "hedge", "approximate"),
            ZELENSKIY_OFFICE_IN_SEED.provenance(),
            Map.of("type", "duration", "value", "PT45M", "hedge", "at-most"),
            new ClaimProvenanceView("white-house", "briefing", null, WIRE), LATER,
            new ClaimEventView("e10", "ClaimDisputed", LATER, 41L));

    public static final ClaimDetail ZELENSKIY_CALL_DETAIL = new ClaimDetail("us-ukraine/trump-zelenskiy-call",
            "us-ukraine", "trump-zelenskiy-call", "call", "Trump and Zelenskiy held a phone call.",
            ClaimStatus.DISPUTED, "zelenskiy-office", "2025-02-12", List.of(new ClaimFieldView("duration",
                    Map.of("type", "duration", "value", "PT1H", "hedge", "approximate"),
                    ZELENSKIY_OFFICE_IN_SEED.provenance(), null)), List.of("trump", "white-house", "zelenskiy",
            "zelenskiy-office"), ZELENSKIY_OFFICE_IN_SEED, RECORDED, List.of(ZELENSKIY_OFFICE_IN_SEED), List.of(),
            List.of(WHITE_HOUSE_DISPUTE), List.of(), List.of(),
            List.of(ZELENSKIY_OFFICE_IN_SEED.event(), WHITE_HOUSE_DISPUTE.event()));

    private ClaimSamples() {
    }
}
