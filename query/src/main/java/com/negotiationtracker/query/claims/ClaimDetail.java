package com.negotiationtracker.query.claims;

import java.time.Instant;
import java.util.List;

/**
 * Everything the ledger knows of one claim: the fact, its status, the values its fields hold now and where each
 * comes from, its first appearance and when the tracker first learnt of it, the actors it names, every appearance in order (publication time, then record time), the
 * corroborations, disputes (both values with their sources), corrections and retractions, and the events behind
 * them in the order they were recorded.
 */
public record ClaimDetail(String id, String track, String factId, String kind, String summary, ClaimStatus status,
                          String assertedBy, String validTime, List<ClaimFieldView> fields, List<String> actors,
                          AppearanceView firstAppearance,
                          Instant firstRecordedAt, List<AppearanceView> appearances,
                          List<AppearanceView> corroborations, List<DisputeView> disputes,
                          List<CorrectionView> corrections, List<RetractionView> retractions,
                          List<ClaimEventView> events) {
}
