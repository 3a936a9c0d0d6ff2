package com.negotiationtracker.query.position;

import com.negotiationtracker.core.position.PositionStated;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One stance a party stated on an issue (table {@code position_statement}), kept so that a party's history on an
 * issue can be worked out again whenever a stance arrives, whatever order they arrive in. The migrations
 * {@code V4__positions_and_actors.sql} create the table; keep them in step with this mapping.
 */
@Entity
// the index the projection names to H2 (SubjectsOfBatch, PositionsAt), here too for the schema Hibernate makes in slice
// tests; the migrations (V13, V16) make it in the application
@Table(name = "position_statement", indexes = @Index(name = "ix_position_statement_valid", columnList = "party, issue, valid_from, recorded_at"))
@IdClass(StatementKey.class)
class PositionStatementEntity {

    @Id
    @Column(name = "track", length = 120)
    private String track;

    @Id
    @Column(name = "fact_id", length = 120)
    private String factId;

    @Column(name = "party", nullable = false, length = 120)
    private String party;

    @Column(name = "issue", nullable = false, length = 120)
    private String issue;

    @Embedded
    private StatedStance stance;

    /** Where the stance starts to hold: the start of the valid time it was stated at. */
    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    /** When the event store recorded it (the event's timestamp, to the microsecond). */
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** The event's position in the global stream, where the processor knows it: orders equal timestamps. */
    @Column(name = "global_position")
    private Long globalPosition;

    protected PositionStatementEntity() {
        // for JPA
    }

    PositionStatementEntity(String track, String factId) {
        this.track = track;
        this.factId = factId;
    }

    /** Writes (or, for a replayed event, rewrites to the same values) what the stance says. */
    void record(PositionStated event, Instant recordedAt, Long globalPosition) {
        this.party = event.party().value();
        this.issue = event.issue().value();
        StatedStance stated = StatedStance.of(event);
        if (!stated.equals(this.stance)) {
            this.stance = stated;
        }
        this.validFrom = event.fact().validTime().start();
        this.recordedAt = recordedAt;
        this.globalPosition = globalPosition;
    }

    StatementKey key() {
        return new StatementKey(track, factId);
    }

    String party() {
        return party;
    }

    String issue() {
        return issue;
    }

    StatedStance stance() {
        return stance;
    }

    Instant validFrom() {
        return validFrom;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    Long globalPosition() {
        return globalPosition;
    }
}
