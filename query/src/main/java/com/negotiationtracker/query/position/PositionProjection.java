package com.negotiationtracker.query.position;

import com.negotiationtracker.core.position.PositionStated;
import com.negotiationtracker.query.batch.BatchScope;
import com.negotiationtracker.query.batch.IndexHints;
import com.negotiationtracker.query.replay.ReadModelTables;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import static com.negotiationtracker.query.batch.SqlValues.time;

/**
 * The positions read model: for each party and issue, the stance that holds at any valid time as the record stood at
 * any record time, kept by the {@value #PROCESSING_GROUP} event processor from {@link PositionStated} events and
 * answered by the query handlers below with indexed queries on validity intervals.
 * <p>
 * On each stance (within a processor's batch: once per subject, when the batch commits), the party's whole history on
 * that issue is worked out again from its stances
 * ({@link PositionVersions}) and the rows brought in line: usually that closes the record time of the versions the new
 * stance changed ({@code recorded_to}) and adds the new versions ({@code recorded_from}), both at the event's
 * timestamp. Record time comes only from event timestamps, so a replay makes the same rows, and handling an event
 * twice changes nothing. A replay starts from empty tables: see {@link #reset()}.
 */
@Component
@ProcessingGroup(PositionProjection.PROCESSING_GROUP)
public class PositionProjection {

    public static final String PROCESSING_GROUP = "positions";

    private static final Logger log = LoggerFactory.getLogger(PositionProjection.class);
    private static final String BATCH_SUBJECTS = PositionProjection.class.getName() + ".subjects";
    private static final String KNOWN_AT =
            "v.recordedFrom <= :knownAt and (v.recordedTo is null or v.recordedTo > :knownAt)";
    /** The record as it stands: the versions no later stance has closed. */
    private static final String KNOWN_NOW = "v.recordedTo is null";

    @PersistenceContext
    private EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final IndexHints hints;
    private final PositionsAt positionsAt;
    private final ReadModelTables tables;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    public PositionProjection(PlatformTransactionManager transactionManager, DataSource dataSource) {
        this.tables = ReadModelTables.of(dataSource);
        this.jdbc = new JdbcTemplate(dataSource);
        this.hints = IndexHints.of(dataSource);
        this.positionsAt = new PositionsAt(jdbc, hints);
        // Joins the processor's (or the query bus's) transaction where there is one, so that the rows and the token
        // commit together; opens one otherwise.
        this.writing = new TransactionTemplate(transactionManager);
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setReadOnly(true);
    }

    @EventHandler
    public void on(PositionStated event, EventMessage<?> message, @Timestamp Instant timestamp) {
        Instant recordedAt = recordTime(timestamp);
        Long position = globalPosition(message);
        String party = event.party().value();
        String issue = event.issue().value();
        writing.executeWithoutResult(status -> {
            Optional<SubjectsOfBatch> batch = batch();
            PositionSubject subject = batch.isPresent() ? batch.get().stated(new SubjectKey(party, issue),
                    key -> lockedSubject(party, issue)) : lockedSubject(party, issue);
            StatementKey key = new StatementKey(event.track().value(), event.fact().id().value());
            PositionStatementEntity statement = subject.statements().get(key);
            if (statement == null) {
                statement = new PositionStatementEntity(key.track(), key.factId());
                statement.record(event, recordedAt, position);
                entityManager.persist(statement);
                subject.statements().put(key, statement);
            } else {
                statement.record(event, recordedAt, position);
            }
            if (batch.isEmpty()) {
                rework(subject);
                noteLastRecorded(List.of(subject));
            }
        });
    }

    /**
     * The subjects of the current batch's stances, locked and read when its first stance is handled; each history
     * the batch touched is worked out once, when the batch commits, instead of once per stance. The versions are a
     * function of the subject's stances alone (record time comes from event timestamps), so working them out once
     * from all of them leaves the rows that working them out after each stance would.
     */
    private Optional<SubjectsOfBatch> batch() {
        return BatchScope.gathering(BATCH_SUBJECTS,
                () -> SubjectsOfBatch.lockAndRead(entityManager, jdbc, hints, BatchScope.events()),
                batch -> writing.executeWithoutResult(status -> {
                    batch.stated().forEach(this::rework);
                    noteLastRecorded(batch.stated());
                }));
    }

    /** Empties the tables before a replay rebuilds them. */
    @ResetHandler
    public void reset() {
        writing.executeWithoutResult(status -> log.info("positions reset: {}",
                tables.empty("position_version", "position_statement", "position_subject")));
    }

    /**
     * One page of the positions that hold at {@code validAt} as the record stood at {@code knownAt} (now where not
     * given: the record as it stands), read subject by subject ({@link PositionsAt}).
     */
    @QueryHandler
    public PositionsPage handle(FindPositions query) {
        return reading.execute(status -> {
            Instant now = Instant.now();
            return positionsAt.page(query.validAt() != null ? query.validAt() : now,
                    query.knownAt() != null ? query.knownAt() : now, given(query.party()), given(query.issue()),
                    query.paging());
        });
    }

    /** Every stance of a party on an issue, in valid-time order, as the record stood at {@code knownAt}. */
    @QueryHandler
    public PositionHistory handle(FindPositionHistory query) {
        return reading.execute(status -> {
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("party", query.party());
            parameters.put("issue", query.issue());
            String known = knownAt(query.knownAt(), parameters);
            TypedQuery<PositionVersionEntity> history = entityManager.createQuery(
                    "select v from PositionVersionEntity v where v.party = :party and v.issue = :issue and " + known
                            // an empty interval (a stance replaced at once) comes before the one replacing it
                            + " order by v.validFrom, v.validTo nulls last, v.track, v.factId",
                    PositionVersionEntity.class);
            parameters.forEach(history::setParameter);
            List<PositionView> stances = history.getResultList().stream().map(PositionVersionEntity::toView).toList();
            return new PositionHistory(query.party(), query.issue(),
                    query.knownAt() != null ? query.knownAt() : Instant.now(), stances);
        });
    }

    /**
     * Takes the lock on the party's history on the issue (making its row the first time), so that stances of one
     * subject from other segments wait until this one's history is worked out and committed. Two segments making the
     * same subject's row at the same time, or locking two subjects in opposite orders, is rare: the database fails one
     * of them, and its processor handles that batch again (the handler is idempotent).
     */
    private void lockSubject(String party, String issue) {
        SubjectKey key = new SubjectKey(party, issue);
        if (entityManager.find(PositionSubjectEntity.class, key, LockModeType.PESSIMISTIC_WRITE) == null) {
            entityManager.persist(new PositionSubjectEntity(party, issue));
            entityManager.flush();
        }
    }

    /**
     * Works out the subject's versions from its stances and brings the rows in line, writing only what changed: of the
     * versions, those the subject holds (see {@link PositionSubject#versionsFrom()}), but for those of the stances
     * it holds only as successors (see {@link PositionSubject#readUntil()}).
     */
    private void rework(PositionSubject subject) {
        Map<StatementKey, PositionStatementEntity> statements = subject.statements();
        List<PositionVersions.Version> wanted = PositionVersions.of(statements.values().stream()
                .map(s -> new PositionVersions.Stated(s.key(), s.validFrom(), s.recordedAt(), s.globalPosition()))
                .toList()).stream()
                .filter(version -> subject.holds(version.recordedTo()))
                .filter(version -> subject.knowsSuccessorOf(version.validFrom()))
                .toList();
        Map<VersionKey, PositionVersionEntity> rows = new HashMap<>(subject.versions());
        rows.values().removeIf(row -> !subject.knowsSuccessorOf(row.validFrom()));
        for (PositionVersions.Version version : wanted) {
            VersionKey key = new VersionKey(version.key().track(), version.key().factId(), version.recordedFrom());
            PositionVersionEntity row = rows.remove(key);
            if (row == null) {
                PositionVersionEntity added = new PositionVersionEntity(statements.get(version.key()), version);
                entityManager.persist(added);
                subject.versions().put(key, added);
            } else {
                row.update(version);
            }
        }
        // Only when stances were handled out of record-time order: versions the full record never showed.
        rows.forEach((key, row) -> {
            entityManager.remove(row);
            subject.versions().remove(key);
        });
    }

    /**
     * Keeps with each subject the record time of its latest stance, by which the next batch knows whether its stances
     * come after all the others ({@link SubjectsOfBatch}).
     */
    private void noteLastRecorded(List<PositionSubject> subjects) {
        jdbc.batchUpdate("update position_subject set recorded_until = ? where party = ? and issue = ?",
                subjects.stream().map(subject -> new Object[] {time(subject.lastRecorded()), subject.key().party(),
                        subject.key().issue()}).toList());
    }

    /**
     * A party's stances and versions on an issue, locked ({@link #lockSubject}) and read anew: for a stance handled
     * outside a processor's batch, or one its batch did not hold (none should be).
     */
    private PositionSubject lockedSubject(String party, String issue) {
        lockSubject(party, issue);
        entityManager.flush(); // rows persisted by earlier calls in this transaction must be found
        return readSubject(party, issue);
    }

    private PositionSubject readSubject(String party, String issue) {
        SubjectKey key = new SubjectKey(party, issue);
        return SubjectsOfBatch.read(entityManager, List.of(key), null).get(key);
    }

    /** The columns keep microseconds: a finer timestamp would not find its own row again on a second delivery. */
    static Instant recordTime(Instant timestamp) {
        return timestamp.truncatedTo(ChronoUnit.MICROS);
    }

    private static String knownAt(Instant knownAt, Map<String, Object> parameters) {
        if (knownAt == null) {
            return KNOWN_NOW;
        }
        parameters.put("knownAt", knownAt);
        return KNOWN_AT;
    }

    /** A filter as given, null when it is not (blank). */
    private static String given(String filter) {
        return filter == null || filter.isBlank() ? null : filter;
    }

    /** The event's position in the global stream, where the message comes from a tracking processor. */
    private static Long globalPosition(EventMessage<?> message) {
        if (message instanceof TrackedEventMessage<?> tracked) {
            TrackingToken token = tracked.trackingToken();
            OptionalLong position = token == null ? OptionalLong.empty() : token.position();
            return position.isPresent() ? position.getAsLong() : null;
        }
        return null;
    }
}
