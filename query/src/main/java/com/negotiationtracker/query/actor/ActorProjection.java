package com.negotiationtracker.query.actor;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.actor.ActorKind;
import com.negotiationtracker.core.actor.ActorProfileRevised;
import com.negotiationtracker.core.actor.ActorRegistered;
import com.negotiationtracker.query.replay.ReadModelTables;
import com.negotiationtracker.query.timeline.ListTotal;
import com.negotiationtracker.query.timeline.Paging;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The actor directory: every actor's profile (name, kind, roles, whom it speaks for) with its history in record time,
 * kept by the {@value #PROCESSING_GROUP} event processor and answered by the query handlers below as the record stood
 * at any moment. Who speaks for an actor is the reverse of the profiles' "speaks for", found by an indexed query.
 * <p>
 * Each profile event adds the version it records ({@code recorded_from} = the event's timestamp) and closes the one
 * before ({@code recorded_to}). Record time comes only from event timestamps, so a replay makes the same rows, and
 * handling an event twice changes nothing. A replay starts from empty tables: see {@link #reset()}.
 */
@Component
@ProcessingGroup(ActorProjection.PROCESSING_GROUP)
public class ActorProjection {

    public static final String PROCESSING_GROUP = "actors";

    private static final Logger log = LoggerFactory.getLogger(ActorProjection.class);
    private static final String KNOWN_AT =
            "p.recordedFrom <= :knownAt and (p.recordedTo is null or p.recordedTo > :knownAt)";
    /** The directory as it stands: the versions no later profile has closed. */
    private static final String KNOWN_NOW = "p.recordedTo is null";

    @PersistenceContext
    private EntityManager entityManager;
    private final ReadModelTables tables;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    public ActorProjection(PlatformTransactionManager transactionManager, DataSource dataSource) {
        this.tables = ReadModelTables.of(dataSource);
        // Joins the processor's (or the query bus's) transaction where there is one, so that the rows and the token
        // commit together; opens one otherwise.
        this.writing = new TransactionTemplate(transactionManager);
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setReadOnly(true);
    }

    @EventHandler
    public void on(ActorRegistered event, @Timestamp Instant recordedAt) {
        record(event.actor(), event.name(), event.kind(), event.roles(), event.speaksFor(), recordedAt);
    }

    @EventHandler
    public void on(ActorProfileRevised event, @Timestamp Instant recordedAt) {
        record(event.actor(), event.name(), event.kind(), event.roles(), event.speaksFor(), recordedAt);
    }

    /** Empties the tables before a replay rebuilds them. */
    @ResetHandler
    public void reset() {
        writing.executeWithoutResult(status ->
                log.info("actor directory reset: {}", tables.empty("actor_profile_role",
                        "actor_profile_speaks_for", "actor_profile")));
    }

    /** One page of the directory as it stood at {@code knownAt}. */
    @QueryHandler
    public ActorsPage handle(FindActors query) {
        return reading.execute(status -> {
            Map<String, Object> parameters = new LinkedHashMap<>();
            String where = " where " + knownAt(query.knownAt(), parameters);
            if (query.kind() != null) {
                where += " and p.kind = :kind";
                parameters.put("kind", query.kind().name());
            }
            String fromWhere = "from ActorProfileEntity p" + where;
            TypedQuery<ActorProfileEntity> page = entityManager.createQuery(
                    "select p " + fromWhere + " order by p.actorId", ActorProfileEntity.class);
            parameters.forEach(page::setParameter);
            Paging paging = query.paging();
            List<ActorProfileEntity> profiles = page.setFirstResult(paging.offset())
                    .setMaxResults(paging.size()).getResultList();
            Map<String, List<String>> spokenForBy = spokenForBy(
                    profiles.stream().map(ActorProfileEntity::actorId).toList(), query.knownAt());
            List<ActorView> entries = profiles.stream()
                    .map(profile -> profile.toView(spokenForBy.getOrDefault(profile.actorId(), List.of())))
                    .toList();
            return new ActorsPage(query.knownAt() != null ? query.knownAt() : Instant.now(), entries, paging,
                    ListTotal.count(entityManager, fromWhere, parameters, paging.offset()));
        });
    }

    /** One actor as the record stood at {@code knownAt}, with the history of its profile up to then. */
    @QueryHandler
    public Optional<ActorDetails> handle(FindActor query) {
        return reading.execute(status -> {
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("id", query.id());
            String recordedBy = "";
            if (query.knownAt() != null) {
                recordedBy = " and p.recordedFrom <= :knownAt";
                parameters.put("knownAt", query.knownAt());
            }
            TypedQuery<ActorProfileEntity> versions = entityManager.createQuery(
                    "select p from ActorProfileEntity p where p.actorId = :id" + recordedBy
                            + " order by p.recordedFrom", ActorProfileEntity.class);
            parameters.forEach(versions::setParameter);
            List<ActorProfileEntity> history = versions.getResultList();
            if (history.isEmpty()) {
                return Optional.<ActorDetails>empty();
            }
            ActorProfileEntity latest = history.get(history.size() - 1);
            List<String> spokenFor = spokenForBy(List.of(query.id()), query.knownAt())
                    .getOrDefault(query.id(), List.of());
            return Optional.of(new ActorDetails(latest.toView(spokenFor),
                    query.knownAt() != null ? query.knownAt() : Instant.now(),
                    history.stream().map(profile -> profile.toProfileView(query.knownAt())).toList()));
        });
    }

    private void record(ActorId actor, String name, ActorKind kind, List<String> roles, List<ActorId> speaksFor,
                        Instant timestamp) {
        // the columns keep microseconds: a finer timestamp would not find its own row again on a second delivery
        Instant recordedAt = timestamp.truncatedTo(ChronoUnit.MICROS);
        writing.executeWithoutResult(status -> {
            ProfileKey key = new ProfileKey(actor.value(), recordedAt);
            ActorProfileEntity profile = entityManager.find(ActorProfileEntity.class, key);
            if (profile == null) {
                profile = new ActorProfileEntity(actor.value(), recordedAt);
                profile.record(name, kind, roles, speaksFor);
                entityManager.persist(profile);
            } else {
                profile.record(name, kind, roles, speaksFor);
            }
            closeEarlierVersions(actor.value());
        });
    }

    /** Each version holds until the next one was recorded; the latest holds on. */
    private void closeEarlierVersions(String actorId) {
        List<ActorProfileEntity> versions = entityManager.createQuery(
                        "select p from ActorProfileEntity p where p.actorId = :id order by p.recordedFrom",
                        ActorProfileEntity.class)
                .setParameter("id", actorId).getResultList();
        for (int i = 0; i < versions.size(); i++) {
            versions.get(i).recordedUntil(i + 1 < versions.size() ? versions.get(i + 1).recordedFrom() : null);
        }
    }

    /** For each of the actors, who spoke for them as the record stood at {@code knownAt}, ordered by id. */
    private Map<String, List<String>> spokenForBy(List<String> actors, Instant knownAt) {
        if (actors.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("actors", actors);
        TypedQuery<Object[]> speakers = entityManager.createQuery(
                "select represented, p.actorId from ActorProfileEntity p join p.speaksFor represented"
                        + " where represented in :actors and " + knownAt(knownAt, parameters)
                        + " order by p.actorId", Object[].class);
        parameters.forEach(speakers::setParameter);
        return speakers.getResultList().stream().collect(Collectors.groupingBy(row -> (String) row[0], TreeMap::new,
                Collectors.mapping(row -> (String) row[1], Collectors.toList())));
    }

    private static String knownAt(Instant knownAt, Map<String, Object> parameters) {
        if (knownAt == null) {
            return KNOWN_NOW;
        }
        parameters.put("knownAt", knownAt);
        return KNOWN_AT;
    }
}
