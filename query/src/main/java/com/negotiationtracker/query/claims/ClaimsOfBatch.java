package com.negotiationtracker.query.claims;

import com.negotiationtracker.core.claim.ClaimEvent;
import com.negotiationtracker.core.track.FactEvent;
import com.negotiationtracker.query.batch.RowsByKey;
import com.negotiationtracker.query.batch.SqlValues;
import jakarta.persistence.EntityManager;
import org.axonframework.eventhandling.EventMessage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The claims one batch of events is about, with their report rows, read when the batch's first event is handled:
 * one query for the claims and one for their reports per {@link SqlValues#IN_LIST} claims ({@link RowsByKey}), instead
 * of a look-up of each per event (in a replay nearly every fact is a claim of its own, so reading claim by claim cost
 * two queries per event). Every row the batch adds goes through here too, so that a later event of the batch finds it.
 */
final class ClaimsOfBatch {

    private final Map<ClaimKey, Optional<ClaimEntity>> claims = new HashMap<>();
    private final Map<ClaimKey, List<ClaimReportEntity>> reports = new HashMap<>();

    /** The claims (and their rows) that the batch's events name, as the database holds them. */
    static ClaimsOfBatch read(EntityManager entityManager, List<EventMessage<?>> events) {
        ClaimsOfBatch batch = new ClaimsOfBatch();
        List<ClaimKey> keys = new ArrayList<>(keysOf(events));
        keys.forEach(key -> {
            batch.claims.put(key, Optional.empty());
            batch.reports.put(key, new ArrayList<>());
        });
        List<List<String>> pairs = keys.stream().map(key -> List.of(key.track(), key.factId())).toList();
        // the actors with the claims: every event about a claim names actors, and read claim by claim they would
        // cost a query each
        RowsByKey.fetch(entityManager, ClaimEntity.class, "select distinct c from ClaimEntity c left join fetch"
                        + " c.actors where (c.track, c.factId) in", pairs)
                .forEach(claim -> batch.claims.put(claim.key(), Optional.of(claim)));
        RowsByKey.read(entityManager, ClaimReportEntity.class, "claim_report", "track, fact_id", pairs)
                .forEach(row -> batch.reports.get(new ClaimKey(row.track(), row.factId())).add(row));
        return batch;
    }

    /** The claim, if it is recorded; {@code reader} for one the batch's events did not name (none should). */
    Optional<ClaimEntity> claim(ClaimKey key, Function<ClaimKey, Optional<ClaimEntity>> reader) {
        return claims.computeIfAbsent(key, reader);
    }

    /** A claim this batch recorded. */
    void add(ClaimEntity claim) {
        claims.put(claim.key(), Optional.of(claim));
    }

    /** The claim's report rows, those the batch added included ({@code reader} as for {@link #claim}). */
    List<ClaimReportEntity> reportsOf(ClaimKey key, Function<ClaimKey, List<ClaimReportEntity>> reader) {
        return reports.computeIfAbsent(key, reader);
    }

    private static Set<ClaimKey> keysOf(List<EventMessage<?>> events) {
        Set<ClaimKey> keys = new LinkedHashSet<>();
        for (EventMessage<?> event : events) {
            // the payload type first: events of other kinds are not deserialized for this
            Class<?> type = event.getPayloadType();
            if (FactEvent.class.isAssignableFrom(type) && event.getPayload() instanceof FactEvent fact) {
                keys.add(new ClaimKey(fact.track().value(), fact.fact().id().value()));
            } else if (ClaimEvent.class.isAssignableFrom(type) && event.getPayload() instanceof ClaimEvent claim) {
                keys.add(new ClaimKey(claim.track().value(), claim.claim().value()));
            }
        }
        return keys;
    }
}
