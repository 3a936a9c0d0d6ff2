package com.negotiationtracker.query.position;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A party and an issue on which the party has stated a stance (table {@code position_subject}). Its row is locked
 * while the party's history on the issue is worked out again: stances of one party on one issue can come from
 * different tracks, which the processor's segments handle at the same time, and two of them reworking the same
 * history at once would each miss the other's stance. It also keeps the record time of the latest stance, so that a
 * batch of later stances reads only what they can change.
 */
@Entity
@Table(name = "position_subject")
@IdClass(SubjectKey.class)
class PositionSubjectEntity {

    @Id
    @Column(name = "party", length = 120)
    private String party;

    @Id
    @Column(name = "issue", length = 120)
    private String issue;

    /**
     * The record time of the subject's latest stance (null until one is worked out), written by the projection with
     * JDBC; mapped so that the schema Hibernate validates or makes holds it.
     */
    @Column(name = "recorded_until")
    private Instant recordedUntil;

    protected PositionSubjectEntity() {
        // for JPA
    }

    PositionSubjectEntity(String party, String issue) {
        this.party = party;
        this.issue = issue;
    }
}
