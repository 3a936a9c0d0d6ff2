package com.negotiationtracker.query.actor;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.actor.ActorKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One version of an actor's profile (table {@code actor_profile}), with its roles ({@code actor_profile_role}) and
 * the actors it speaks for ({@code actor_profile_speaks_for}): what the directory said of the actor in record time
 * {@code [recordedFrom, recordedTo)} ({@code recordedTo} null: it still says so). The migrations
 * {@code V4__positions_and_actors.sql} create these tables; keep them in step with this mapping.
 */
@Entity
@Table(name = "actor_profile")
@IdClass(ProfileKey.class)
class ActorProfileEntity {

    /** Unbounded in the migrations (H2 varchar, PostgreSQL text); a varchar this long where Hibernate makes them. */
    private static final int TEXT = 1_000_000;

    @Id
    @Column(name = "actor_id", length = 120)
    private String actorId;

    @Id
    @Column(name = "recorded_from")
    private Instant recordedFrom;

    @Column(name = "recorded_to")
    private Instant recordedTo;

    @Column(name = "name", nullable = false, length = TEXT)
    private String name;

    /** An {@link ActorKind} by its name; a plain column, so that both databases store it alike. */
    @Column(name = "kind", nullable = false, length = 20)
    private String kind;

    @ElementCollection
    @CollectionTable(name = "actor_profile_role", joinColumns = {
            @JoinColumn(name = "actor_id", referencedColumnName = "actor_id"),
            @JoinColumn(name = "recorded_from", referencedColumnName = "recorded_from")})
    @OrderColumn(name = "ordinal")
    @Column(name = "role", nullable = false, length = TEXT)
    @BatchSize(size = 100)
    private List<String> roles = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "actor_profile_speaks_for", joinColumns = {
            @JoinColumn(name = "actor_id", referencedColumnName = "actor_id"),
            @JoinColumn(name = "recorded_from", referencedColumnName = "recorded_from")})
    @OrderColumn(name = "ordinal")
    @Column(name = "represented_id", nullable = false, length = 120)
    @BatchSize(size = 100)
    private List<String> speaksFor = new ArrayList<>();

    protected ActorProfileEntity() {
        // for JPA
    }

    ActorProfileEntity(String actorId, Instant recordedFrom) {
        this.actorId = actorId;
        this.recordedFrom = recordedFrom;
    }

    /** Writes (or, for a replayed event, rewrites to the same values) the profile. */
    void record(String name, ActorKind kind, List<String> roles, List<ActorId> speaksFor) {
        this.name = name;
        this.kind = kind.name();
        replace(this.roles, roles);
        replace(this.speaksFor, speaksFor.stream().map(ActorId::value).toList());
    }

    /** Closes the version when a later one takes over (null: it is the latest); unchanged values write nothing. */
    void recordedUntil(Instant recordedTo) {
        if (!Objects.equals(this.recordedTo, recordedTo)) {
            this.recordedTo = recordedTo;
        }
    }

    String actorId() {
        return actorId;
    }

    Instant recordedFrom() {
        return recordedFrom;
    }

    ActorView toView(List<String> spokenForBy) {
        return new ActorView(actorId, name, ActorKinds.label(kind), List.copyOf(roles), List.copyOf(speaksFor),
                List.copyOf(spokenForBy), recordedFrom);
    }

    /** The version as the record stood at {@code knownAt}: a closing after then was not known then. */
    ActorProfileView toProfileView(Instant knownAt) {
        Instant closed = recordedTo != null && (knownAt == null || !recordedTo.isAfter(knownAt)) ? recordedTo : null;
        return new ActorProfileView(name, ActorKinds.label(kind), List.copyOf(roles), List.copyOf(speaksFor),
                recordedFrom, closed);
    }

    private static void replace(List<String> current, List<String> wanted) {
        if (!current.equals(wanted)) {
            current.clear();
            current.addAll(wanted);
        }
    }
}
