package com.negotiationtracker.query.timeline;

import com.negotiationtracker.core.time.TimePrecision;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One recorded fact on the timeline, as read back (table {@code timeline_entry}), with the actors it is about
 * ({@code timeline_actor}) and the issues it concerns ({@code timeline_issue}). The migrations
 * {@code V2__timeline.sql} create these tables; keep them in step with this mapping. The projection writes them by
 * JDBC ({@link TimelineTables}).
 */
@Entity
// the indexes the projection names to H2 (TimelineTotal), here too for the schema Hibernate makes in slice tests; the
// migrations (V8, V16) make them in the application
@Table(name = "timeline_entry", indexes = {
        @Index(name = "ix_timeline_entry_page", columnList = "valid_from, global_position, recorded_at, track, fact_id"),
        @Index(name = "ix_timeline_entry_recorded", columnList = "recorded_at, valid_from")})
@IdClass(TimelineEntryKey.class)
class TimelineEntryEntity {

    /** Unbounded in the migrations (H2 varchar, PostgreSQL text); a varchar this long where Hibernate makes them. */
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

    @Column(name = "valid_time", nullable = false, length = 64)
    private String validTime;

    @Column(name = "valid_time_precision", nullable = false, length = 10)
    private String validTimePrecision;

    @Column(name = "valid_time_approximate", nullable = false)
    private boolean validTimeApproximate;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "valid_until", nullable = false)
    private Instant validUntil;

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

    /** The kind-specific details as a JSON object. */
    @Column(name = "details", nullable = false, length = TEXT)
    private String details;

    /** When the event store recorded the event (the event's timestamp): never edited. */
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** The event's position in the event store's global stream, where the processor knows it. */
    @Column(name = "global_position")
    private Long globalPosition;

    @ElementCollection
    @CollectionTable(name = "timeline_actor", joinColumns = {
            @JoinColumn(name = "track", referencedColumnName = "track"),
            @JoinColumn(name = "fact_id", referencedColumnName = "fact_id")})
    @OrderColumn(name = "ordinal")
    @Column(name = "actor_id", nullable = false, length = 120)
    @BatchSize(size = 100)
    private List<String> actors = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "timeline_issue", joinColumns = {
            @JoinColumn(name = "track", referencedColumnName = "track"),
            @JoinColumn(name = "fact_id", referencedColumnName = "fact_id")})
    @OrderColumn(name = "ordinal")
    @Column(name = "issue", nullable = false, length = 120)
    @BatchSize(size = 100)
    private List<String> issues = new ArrayList<>();

    protected TimelineEntryEntity() {
        // for JPA
    }

    TimelineEntry toView(Map<String, Object> parsedDetails) {
        return new TimelineEntry(factId, track, kind, summary,
                new ValidTimeView(validTime, TimePrecision.valueOf(validTimePrecision), validTimeApproximate,
                        validFrom, validUntil),
                List.copyOf(actors), List.copyOf(issues),
                new ProvenanceView(assertedBy, channel, quote,
                        new SourceView(sourceReference, sourceOutlet, sourceTitle, sourceUrl, sourcePublishedAt)),
                parsedDetails, recordedAt);
    }

    String details() {
        return details;
    }
}
