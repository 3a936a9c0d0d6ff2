package com.negotiationtracker.query.claims;

import com.negotiationtracker.core.provenance.Provenance;
import com.negotiationtracker.core.provenance.Source;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One event about a claim (table {@code claim_report}): the fact that recorded it, or a later appearance,
 * corroboration, dispute, correction or retraction, with the provenance it came with. Keyed by the event's
 * identifier, so that an event handled twice leaves one row. {@code V5__claims.sql} creates the table.
 */
@Entity
@Table(name = "claim_report")
class ClaimReportEntity {

    private static final int TEXT = 1_000_000;

    @Id
    @Column(name = "event_id", length = 255)
    private String eventId;

    @Column(name = "track", nullable = false, length = 120)
    private String track;

    @Column(name = "fact_id", nullable = false, length = 120)
    private String factId;

    /** A {@link ReportRole}'s name. */
    @Column(name = "role", nullable = false, length = 20)
    private String role;

    @Column(name = "report_id", length = 120)
    private String reportId;

    @Column(name = "event_type", nullable = false, length = 255)
    private String eventType;

    @Column(name = "asserted_by", nullable = false, length = 120)
    private String assertedBy;

    @Column(name = "channel", length = TEXT)
    private String channel;

    @Column(name = "quote", length = TEXT)
    private String quote;

    @Column(name = "source_reference", nullable = false, length = TEXT)
    private String sourceReference;

    @Column(name = "source_outlet", length = TEXT)
    private String sourceOutlet;

    @Column(name = "source_title", length = TEXT)
    private String sourceTitle;

    @Column(name = "source_url", length = TEXT)
    private String sourceUrl;

    @Column(name = "source_published_at", nullable = false, length = 64)
    private String sourcePublishedAt;

    @Column(name = "published_from", nullable = false)
    private Instant publishedFrom;

    @Column(name = "published_until", nullable = false)
    private Instant publishedUntil;

    /** The disputed or corrected field, in the dossier's words. */
    @Column(name = "field", length = 40)
    private String field;

    /** The claim's value before the report (disputed, or corrected), as JSON. */
    @Column(name = "value_before", length = TEXT)
    private String valueBefore;

    /** Where the value before came from, as JSON. */
    @Column(name = "value_before_by", length = TEXT)
    private String valueBeforeBy;

    /** The value the report gives (the other value of a dispute, the corrected one), as JSON. */
    @Column(name = "value_after", length = TEXT)
    private String valueAfter;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "global_position")
    private Long globalPosition;

    protected ClaimReportEntity() {
        // for JPA
    }

    ClaimReportEntity(String eventId, String track, String factId, ReportRole role, String reportId,
                      String eventType, Provenance provenance, Instant recordedAt, Long globalPosition) {
        this.eventId = eventId;
        this.track = track;
        this.factId = factId;
        this.role = role.name();
        this.reportId = reportId;
        this.eventType = eventType;
        Source source = provenance.source();
        this.assertedBy = provenance.assertedBy().value();
        this.channel = provenance.channel();
        this.quote = provenance.quote();
        this.sourceReference = source.reference();
        this.sourceOutlet = source.outlet();
        this.sourceTitle = source.title();
        this.sourceUrl = source.url();
        this.sourcePublishedAt = source.publishedAt();
        this.publishedFrom = source.publishedFrom();
        this.publishedUntil = com.negotiationtracker.core.time.TimePrecision.of(source.publishedAt())
                .end(source.publishedAt());
        this.recordedAt = recordedAt;
        this.globalPosition = globalPosition;
    }

    ClaimReportEntity withValues(String field, String valueBefore, String valueBeforeBy, String valueAfter) {
        this.field = field;
        this.valueBefore = valueBefore;
        this.valueBeforeBy = valueBeforeBy;
        this.valueAfter = valueAfter;
        return this;
    }

    String eventId() {
        return eventId;
    }

    String track() {
        return track;
    }

    String factId() {
        return factId;
    }

    ReportRole role() {
        return ReportRole.valueOf(role);
    }

    String reportId() {
        return reportId;
    }

    String assertedBy() {
        return assertedBy;
    }

    Instant publishedFrom() {
        return publishedFrom;
    }

    Instant publishedUntil() {
        return publishedUntil;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    Long globalPosition() {
        return globalPosition;
    }

    String field() {
        return field;
    }

    String valueBefore() {
        return valueBefore;
    }

    String valueBeforeBy() {
        return valueBeforeBy;
    }

    String valueAfter() {
        return valueAfter;
    }

    ClaimProvenanceView provenance() {
        return new ClaimProvenanceView(assertedBy, channel, quote, new ClaimSourceView(sourceReference,
                sourceOutlet, sourceTitle, sourceUrl, sourcePublishedAt, publishedFrom, publishedUntil));
    }

    ClaimEventView event() {
        return new ClaimEventView(eventId, eventType, recordedAt, globalPosition);
    }

    AppearanceView appearance() {
        return new AppearanceView(role().label(), reportId, provenance(), recordedAt, event());
    }
}
