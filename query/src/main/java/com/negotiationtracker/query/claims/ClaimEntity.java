package com.negotiationtracker.query.claims;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One claim of the ledger (table {@code claim}): the recorded fact, its status, which of its reports is its first
 * appearance and when that was, and counts of what was reported about it; with the actors it names or who reported
 * on it ({@code claim_actor}). Its reports are rows of {@code claim_report}. {@code V5__claims.sql} creates both.
 */
@Entity
@Table(name = "claim")
@IdClass(ClaimKey.class)
class ClaimEntity {

    private static final int TEXT = 1_000_000;

    @Id
    @Column(name = "track", length = 120)
    private String track;

    @Id
    @Column(name = "fact_id", length = 120)
    private String factId;

    @Column(name = "kind", nullable = false, length = 120)
    private String kind;

    @Column(name = "summary", nullable = false, length = TEXT)
    private String summary;

    /** A {@link ClaimStatus}'s name. */
    @Column(name = "status", nullable = false, length = 20)
    private String status;

    @Column(name = "asserted_by", nullable = false, length = 120)
    private String assertedBy;

    @Column(name = "valid_time", nullable = false, length = 64)
    private String validTime;

    /** The values the fact records for the claim's fields, as JSON: field name to value. */
    @Column(name = "fact_values", nullable = false, length = TEXT)
    private String factValues;

    /** The event of the first appearance (a row of claim_report). */
    @Column(name = "first_event_id", nullable = false, length = 255)
    private String firstEventId;

    @Column(name = "first_published_from", nullable = false)
    private Instant firstPublishedFrom;

    @Column(name = "first_published_until", nullable = false)
    private Instant firstPublishedUntil;

    /** When the tracker learnt of the first appearance. */
    @Column(name = "first_appearance_recorded_at", nullable = false)
    private Instant firstAppearanceRecordedAt;

    /** When the tracker first learnt of the claim: the record time of its fact. */
    @Column(name = "first_recorded_at", nullable = false)
    private Instant firstRecordedAt;

    @Column(name = "appearances", nullable = false)
    private int appearances;

    @Column(name = "corroborations", nullable = false)
    private int corroborations;

    @Column(name = "disputes", nullable = false)
    private int disputes;

    @Column(name = "corrections", nullable = false)
    private int corrections;

    @ElementCollection
    @CollectionTable(name = "claim_actor", joinColumns = {
            @JoinColumn(name = "track", referencedColumnName = "track"),
            @JoinColumn(name = "fact_id", referencedColumnName = "fact_id")})
    @Column(name = "actor_id", nullable = false, length = 120)
    @BatchSize(size = 100)
    private Set<String> actors = new TreeSet<>();

    protected ClaimEntity() {
        // for JPA
    }

    ClaimEntity(String track, String factId) {
        this.track = track;
        this.factId = factId;
    }

    /** What the fact says of the claim; written again, to the same values, when the fact's event is replayed. */
    void recordFact(String kind, String summary, String assertedBy, String validTime, String factValues,
                    Instant recordedAt, Collection<String> named) {
        this.kind = kind;
        this.factValues = factValues;
        this.summary = summary;
        this.assertedBy = assertedBy;
        this.validTime = validTime;
        this.firstRecordedAt = recordedAt;
        name(named);
    }

    /** Adds actors the claim names or who reported on it; never removes one. */
    void name(Collection<String> named) {
        if (!actors.containsAll(named)) {
            actors.addAll(named);
        }
    }

    /** The claim as its reports make it: its first appearance, its counts and its status. */
    void summarise(ClaimReportEntity first, int appearances, int corroborations, int disputes, int corrections,
                   ClaimStatus status) {
        this.firstEventId = first.eventId();
        this.firstPublishedFrom = first.publishedFrom();
        this.firstPublishedUntil = first.publishedUntil();
        this.firstAppearanceRecordedAt = first.recordedAt();
        this.appearances = appearances;
        this.corroborations = corroborations;
        this.disputes = disputes;
        this.corrections = corrections;
        this.status = status.name();
    }

    String track() {
        return track;
    }

    String factId() {
        return factId;
    }

    ClaimKey key() {
        return new ClaimKey(track, factId);
    }

    String firstEventId() {
        return firstEventId;
    }

    String factValues() {
        return factValues;
    }

    ClaimSummary toSummary(AppearanceView first) {
        return new ClaimSummary(track + "/" + factId, track, factId, kind, summary, ClaimStatus.valueOf(status), assertedBy, validTime,
                first, firstRecordedAt, appearances, corroborations, disputes, corrections);
    }

    ClaimDetail toDetail(List<ClaimFieldView> fields, AppearanceView first, List<AppearanceView> appearanceList,
                         List<AppearanceView> corroborationList, List<DisputeView> disputeList,
                         List<CorrectionView> correctionList, List<RetractionView> retractionList,
                         List<ClaimEventView> events) {
        return new ClaimDetail(track + "/" + factId, track, factId, kind, summary, ClaimStatus.valueOf(status),
                assertedBy, validTime, fields, List.copyOf(actors), first, firstRecordedAt, appearanceList, corroborationList, disputeList,
                correctionList, retractionList, events);
    }
}
