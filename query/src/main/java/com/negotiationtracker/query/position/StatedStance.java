package com.negotiationtracker.query.position;

import com.negotiationtracker.core.position.PositionStated;
import com.negotiationtracker.core.provenance.Provenance;
import com.negotiationtracker.core.provenance.Source;
import com.negotiationtracker.core.time.TimePrecision;
import com.negotiationtracker.core.time.ValidTime;
import com.negotiationtracker.query.timeline.SourceView;
import com.negotiationtracker.query.timeline.ValidTimeView;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;

/**
 * What a party said on an issue and where it comes from: the stance, the words quoted, the editor's summary, who
 * asserted it, through which channel, in which source, and when it was stated as reported. Both the stances
 * ({@code position_statement}) and the versions of a position ({@code position_version}) carry it.
 */
@Embeddable
class StatedStance {

    /** Unbounded in the migrations (H2 varchar, PostgreSQL text); a varchar this long where Hibernate makes them. */
    static final int TEXT = 1_000_000;

    @Column(name = "stance", nullable = false, length = TEXT)
    private String stance;

    @Column(name = "words", length = TEXT)
    private String words;

    @Column(name = "summary", nullable = false, length = TEXT)
    private String summary;

    @Column(name = "asserted_by", nullable = false, length = 120)
    private String assertedBy;

    @Column(name = "channel", length = TEXT)
    private String channel;

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

    /** When the stance was stated, as reported ({@code 2025-02-12}), at its precision, possibly approximate. */
    @Column(name = "stated_at", nullable = false, length = 64)
    private String statedAt;

    @Column(name = "stated_at_precision", nullable = false, length = 10)
    private String statedAtPrecision;

    @Column(name = "stated_at_approximate", nullable = false)
    private boolean statedAtApproximate;

    protected StatedStance() {
        // for JPA
    }

    static StatedStance of(PositionStated event) {
        Provenance provenance = event.fact().provenance();
        Source source = provenance.source();
        ValidTime stated = event.fact().validTime();
        StatedStance stance = new StatedStance();
        stance.stance = event.stance();
        stance.words = provenance.quote();
        stance.summary = event.fact().summary();
        stance.assertedBy = provenance.assertedBy().value();
        stance.channel = provenance.channel();
        stance.sourceReference = source.reference();
        stance.sourceOutlet = source.outlet();
        stance.sourceTitle = source.title();
        stance.sourceUrl = source.url();
        stance.sourcePublishedAt = source.publishedAt();
        stance.statedAt = stated.value();
        stance.statedAtPrecision = stated.precision().name();
        stance.statedAtApproximate = stated.approximate();
        return stance;
    }

    /**
     * The stance in a row of {@code position_statement} or {@code position_version} read with plain JDBC: the
     * positions' page reads a version a subject, each a statement of its own, and Hibernate's mapping of a native
     * query's row to an entity cost more than the statement.
     */
    static StatedStance read(ResultSet row) throws SQLException {
        StatedStance stance = new StatedStance();
        stance.stance = row.getString("stance");
        stance.words = row.getString("words");
        stance.summary = row.getString("summary");
        stance.assertedBy = row.getString("asserted_by");
        stance.channel = row.getString("channel");
        stance.sourceReference = row.getString("source_reference");
        stance.sourceOutlet = row.getString("source_outlet");
        stance.sourceTitle = row.getString("source_title");
        stance.sourceUrl = row.getString("source_url");
        stance.sourcePublishedAt = row.getString("source_published_at");
        stance.statedAt = row.getString("stated_at");
        stance.statedAtPrecision = row.getString("stated_at_precision");
        stance.statedAtApproximate = row.getBoolean("stated_at_approximate");
        return stance;
    }

    StatedStance copy() {
        StatedStance copy = new StatedStance();
        copy.stance = stance;
        copy.words = words;
        copy.summary = summary;
        copy.assertedBy = assertedBy;
        copy.channel = channel;
        copy.sourceReference = sourceReference;
        copy.sourceOutlet = sourceOutlet;
        copy.sourceTitle = sourceTitle;
        copy.sourceUrl = sourceUrl;
        copy.sourcePublishedAt = sourcePublishedAt;
        copy.statedAt = statedAt;
        copy.statedAtPrecision = statedAtPrecision;
        copy.statedAtApproximate = statedAtApproximate;
        return copy;
    }

    /** The position this stance is, over the given valid and record times, as the read model answers it. */
    PositionView position(String party, String issue, Instant validFrom, Instant validTo, Instant recordedFrom,
                          String track, String factId) {
        return new PositionView(party, issue, stance, words, summary, assertedBy, channel, source(), statedAt(),
                validFrom, validTo, recordedFrom, track, factId);
    }

    private SourceView source() {
        return new SourceView(sourceReference, sourceOutlet, sourceTitle, sourceUrl, sourcePublishedAt);
    }

    private ValidTimeView statedAt() {
        TimePrecision precision = TimePrecision.valueOf(statedAtPrecision);
        return new ValidTimeView(statedAt, precision, statedAtApproximate, precision.start(statedAt),
                precision.end(statedAt));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StatedStance that
                && statedAtApproximate == that.statedAtApproximate
                && Objects.equals(stance, that.stance)
                && Objects.equals(words, that.words)
                && Objects.equals(summary, that.summary)
                && Objects.equals(assertedBy, that.assertedBy)
                && Objects.equals(channel, that.channel)
                && Objects.equals(sourceReference, that.sourceReference)
                && Objects.equals(sourceOutlet, that.sourceOutlet)
                && Objects.equals(sourceTitle, that.sourceTitle)
                && Objects.equals(sourceUrl, that.sourceUrl)
                && Objects.equals(sourcePublishedAt, that.sourcePublishedAt)
                && Objects.equals(statedAt, that.statedAt)
                && Objects.equals(statedAtPrecision, that.statedAtPrecision);
    }

    @Override
    public int hashCode() {
        return Objects.hash(stance, summary, statedAt, sourceReference);
    }
}
