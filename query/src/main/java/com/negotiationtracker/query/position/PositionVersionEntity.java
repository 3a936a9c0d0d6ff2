package com.negotiationtracker.query.position;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of a party's position on an issue (table {@code position_version}): the stance that holds in valid
 * time {@code [validFrom, validTo)} (open-ended when {@code validTo} is null), as the record showed it in record time
 * {@code [recordedFrom, recordedTo)} (still so when {@code recordedTo} is null). Rows are never edited except to
 * close their record time, so that "what did the record say then" stays answerable.
 */
@Entity
// the indexes the projection names to H2 (SubjectsOfBatch, PositionsAt), here too for the schema Hibernate makes in
// slice tests; the migrations (V4, V16) make them in the application
@Table(name = "position_version", indexes = {
        @Index(name = "ix_position_version_subject", columnList = "party, issue, valid_from, recorded_from"),
        @Index(name = "ix_position_version_open_ended", columnList = "party, issue, valid_to, recorded_from")})
@IdClass(VersionKey.class)
class PositionVersionEntity {

    @Id
    @Column(name = "track", length = 120)
    private String track;

    @Id
    @Column(name = "fact_id", length = 120)
    private String factId;

    @Id
    @Column(name = "recorded_from")
    private Instant recordedFrom;

    @Column(name = "recorded_to")
    private Instant recordedTo;

    @Column(name = "party", nullable = false, length = 120)
    private String party;

    @Column(name = "issue", nullable = false, length = 120)
    private String issue;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "valid_to")
    private Instant validTo;

    @Embedded
    private StatedStance stance;

    protected PositionVersionEntity() {
        // for JPA
    }

    PositionVersionEntity(PositionStatementEntity statement, PositionVersions.Version version) {
        this.track = statement.key().track();
        this.factId = statement.key().factId();
        this.recordedFrom = version.recordedFrom();
        this.recordedTo = version.recordedTo();
        this.party = statement.party();
        this.issue = statement.issue();
        this.validFrom = version.validFrom();
        this.validTo = version.validTo();
        this.stance = statement.stance().copy();
    }

    VersionKey key() {
        return new VersionKey(track, factId, recordedFrom);
    }

    String party() {
        return party;
    }

    String issue() {
        return issue;
    }

    Instant validFrom() {
        return validFrom;
    }

    /** Brings the row to the version worked out; writes nothing when it already is (a replayed event). */
    void update(PositionVersions.Version version) {
        if (!Objects.equals(recordedTo, version.recordedTo())) {
            recordedTo = version.recordedTo();
        }
        if (!Objects.equals(validTo, version.validTo())) {
            validTo = version.validTo();
        }
        if (!validFrom.equals(version.validFrom())) {
            validFrom = version.validFrom();
        }
    }

    PositionView toView() {
        return stance.position(party, issue, validFrom, validTo, recordedFrom, track, factId);
    }
}
