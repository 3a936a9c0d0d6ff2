package com.negotiationtracker.query.position;

import com.negotiationtracker.core.position.PositionStated;
import com.negotiationtracker.query.batch.IndexHints;
import com.negotiationtracker.query.batch.RowsByKey;
import com.negotiationtracker.query.batch.SqlValues;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import static com.negotiationtracker.query.batch.SqlValues.time;

/**
 * The subjects (party and issue) one batch of stances is about, locked and read when the batch's first stance is
 * handled: per {@link SqlValues#IN_LIST} subjects one statement locks their rows, one batch makes the missing ones,
 * and one query each reads their stances and versions, instead of a lock, a flush and two queries per subject. Every
 * stance the batch adds goes into the subject held here, and each subject's versions are worked out from them when
 * the batch commits.
 * <p>
 * The rows are locked in the order of party and issue, so that two batches never wait on each other in a circle;
 * with the processor's sequencing policy ({@link PositionSubjectSequencing}) no two segments hold the same subject.
 */
final class SubjectsOfBatch {

    private static final Comparator<SubjectKey> LOCK_ORDER =
            Comparator.comparing(SubjectKey::party).thenComparing(SubjectKey::issue);

    /** {@link #startBefore}'s query, {@code %s} for the index hint. */
    static final String START_BEFORE = "select valid_from from position_statement%s where party = ? and issue = ?"
            + " and valid_from < ? order by party desc, issue desc, valid_from desc fetch first row only";
    /** {@link #startAfter}'s query, {@code %s} for the index hint. */
    static final String START_AFTER = "select valid_from from position_statement%s where party = ? and issue = ?"
            + " and valid_from > ? order by party, issue, valid_from fetch first row only";

    private final Map<SubjectKey, PositionSubject> subjects = new HashMap<>();
    private final Set<SubjectKey> stated = new TreeSet<>(LOCK_ORDER);

    static SubjectsOfBatch lockAndRead(EntityManager entityManager, JdbcTemplate jdbc, IndexHints hints,
                                       List<EventMessage<?>> events) {
        SubjectsOfBatch batch = new SubjectsOfBatch();
        Map<SubjectKey, Stances> stances = new TreeMap<>(LOCK_ORDER);
        Instant firstRecorded = null;
        for (EventMessage<?> event : events) {
            // the payload type first: events of other kinds are not deserialized for this
            if (PositionStated.class.isAssignableFrom(event.getPayloadType())
                    && event.getPayload() instanceof PositionStated stated) {
                Instant recordedAt = PositionProjection.recordTime(event.getTimestamp());
                stances.computeIfAbsent(new SubjectKey(stated.party().value(), stated.issue().value()),
                        key -> new Stances()).add(stated.fact().validTime().start(), recordedAt);
                firstRecorded = firstRecorded == null || recordedAt.isBefore(firstRecorded) ? recordedAt
                        : firstRecorded;
            }
        }
        for (List<SubjectKey> chunk : SqlValues.chunks(new ArrayList<>(stances.keySet()))) {
            Map<SubjectKey, Optional<Instant>> recordedUntil = lockOrMake(jdbc, chunk);
            List<SubjectKey> whole = new ArrayList<>();
            for (SubjectKey key : chunk) {
                Stances stated = stances.get(key);
                Optional<Instant> until = recordedUntil.getOrDefault(key, Optional.empty());
                if (until.isPresent() && stated.firstRecorded.isAfter(until.get())) {
                    batch.subjects.put(key, readNewest(entityManager, jdbc, hints, key, stated));
                } else if (recordedUntil.containsKey(key)) {
                    whole.add(key);
                } else {
                    batch.subjects.put(key, PositionSubject.empty(key, null)); // made just now: nothing to read
                }
            }
            batch.subjects.putAll(read(entityManager, whole, firstRecorded));
        }
        return batch;
    }

    /**
     * The subject of a stance of the batch, as held for it; {@code reader} for one the batch's events did not name
     * (none should be).
     */
    PositionSubject stated(SubjectKey key, Function<SubjectKey, PositionSubject> reader) {
        stated.add(key);
        return subjects.computeIfAbsent(key, reader);
    }

    /** The subjects the batch's stances were about, their new stances in them. */
    List<PositionSubject> stated() {
        return stated.stream().map(subjects::get).toList();
    }

    /**
     * Locks the subjects' rows, making those missing; of each subject that had a row, the latest record time of its
     * stances (empty where it is not known: rows from before the column was kept).
     */
    private static Map<SubjectKey, Optional<Instant>> lockOrMake(JdbcTemplate jdbc, List<SubjectKey> chunk) {
        SqlValues.PairList list = SqlValues.pairList(chunk.stream().map(key -> List.of(key.party(), key.issue()))
                .toList());
        Map<SubjectKey, Optional<Instant>> locked = new HashMap<>();
        jdbc.query("select party, issue, recorded_until from position_subject where (party, issue) in "
                + list.sql() + " order by party, issue for update", row -> {
            OffsetDateTime until = row.getObject("recorded_until", OffsetDateTime.class);
            locked.put(new SubjectKey(row.getString("party"), row.getString("issue")),
                    Optional.ofNullable(until).map(OffsetDateTime::toInstant));
        }, list.arguments());
        List<Object[]> missing = chunk.stream().filter(key -> !locked.containsKey(key))
                .map(key -> new Object[] {key.party(), key.issue()}).toList();
        if (!missing.isEmpty()) {
            // a new row is the inserting transaction's until it commits: that is the lock
            jdbc.batchUpdate("insert into position_subject (party, issue) values (?, ?)", missing);
        }
        return locked;
    }

    /**
     * The part of a subject's history that stances recorded after all of its others can change, read through the
     * index on valid time: the stances from the earliest valid time among them to the latest, the one just before
     * that (with any stated at the same time as it), the first one after it (with those stated at the same time), and
     * their current versions. A stance's versions depend only on the one after it in valid time, so those read make
     * the same versions as all of them would, but for the last ones read, whose successors are not read: their
     * versions, which no new stance changes, are left as they are ({@link PositionSubject#readUntil()}). And as
     * nothing is recorded between the subject's last stance and these, none of the versions the record closed before
     * can change. A busy subject then costs what its new stances touch, not the whole of its history: a stance
     * reported a year late reads its neighbours, not the year after it.
     */
    private static PositionSubject readNewest(EntityManager entityManager, JdbcTemplate jdbc, IndexHints hints,
                                              SubjectKey key, Stances stated) {
        OffsetDateTime before = startBefore(jdbc, hints, key, time(stated.earliestValid));
        OffsetDateTime from = before != null ? before : time(stated.earliestValid);
        OffsetDateTime until = startAfter(jdbc, hints, key, time(stated.latestValid));
        PositionSubject subject = PositionSubject.part(key, stated.firstRecorded,
                until == null ? null : until.toInstant());
        subjectRowsFrom(entityManager, PositionStatementEntity.class,
                "position_statement" + hints.use("ix_position_statement_valid"), key, from, until, "")
                .forEach(statement -> subject.statements().put(statement.key(), statement));
        // H2 might rather walk the subject's open-ended versions (V16's index), which hold no valid start
        subjectRowsFrom(entityManager, PositionVersionEntity.class,
                "position_version" + hints.use("ix_position_version_subject"), key, from, until,
                " and recorded_to is null")
                .forEach(version -> subject.versions().put(version.key(), version));
        return subject;
    }

    /**
     * The latest valid start of a subject's stances before {@code validTime}, if any: the first entry of the index on
     * valid time read backwards from there. (H2 answers {@code max(valid_from)} under these conditions by reading
     * every stance of the subject before that time, which for a late stance in a busy subject is most of its
     * history; it reads an index backwards only when the query orders by every leading column descending.)
     */
    static OffsetDateTime startBefore(JdbcTemplate jdbc, IndexHints hints, SubjectKey key, OffsetDateTime validTime) {
        return firstStart(jdbc, START_BEFORE.formatted(hints.use("ix_position_statement_valid")), key, validTime);
    }

    /**
     * The earliest valid start of a subject's stances after {@code validTime}, if any: the first entry of the index on
     * valid time read forwards from there.
     */
    static OffsetDateTime startAfter(JdbcTemplate jdbc, IndexHints hints, SubjectKey key, OffsetDateTime validTime) {
        return firstStart(jdbc, START_AFTER.formatted(hints.use("ix_position_statement_valid")), key, validTime);
    }

    private static OffsetDateTime firstStart(JdbcTemplate jdbc, String query, SubjectKey key,
                                             OffsetDateTime validTime) {
        return jdbc.query(query, (row, number) -> row.getObject("valid_from", OffsetDateTime.class), key.party(),
                key.issue(), validTime).stream().findFirst().orElse(null);
    }

    /**
     * A subject's rows of {@code table} (stances or versions) that start at or after {@code from}, and at or before
     * {@code until} where it is given, as entities.
     */
    private static <T> List<T> subjectRowsFrom(EntityManager entityManager, Class<T> entity, String table,
                                              SubjectKey key, OffsetDateTime from, OffsetDateTime until,
                                              String condition) {
        Query query = entityManager.createNativeQuery("select * from " + table
                        + " where party = ?1 and issue = ?2 and valid_from >= ?3"
                        + (until == null ? "" : " and valid_from <= ?4") + condition, entity)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, key.party()).setParameter(2, key.issue()).setParameter(3, from);
        if (until != null) {
            query.setParameter(4, until);
        }
        return ((List<?>) query.getResultList()).stream().map(entity::cast).toList();
    }

    /**
     * The stances and versions of the given subjects, by subject; rows this transaction added must be flushed. Of the
     * versions, only those the record still held at {@code versionsFrom} or later (all when it is null): a stance
     * recorded then or later cannot change what the record held before, so the versions it closed earlier (in a
     * long history, most of them) are neither read nor compared.
     */
    static Map<SubjectKey, PositionSubject> read(EntityManager entityManager, List<SubjectKey> keys,
                                                 Instant versionsFrom) {
        Map<SubjectKey, PositionSubject> subjects = new HashMap<>();
        keys.forEach(key -> subjects.put(key, PositionSubject.empty(key, versionsFrom)));
        List<List<String>> pairs = keys.stream().map(key -> List.of(key.party(), key.issue())).toList();
        RowsByKey.read(entityManager, PositionStatementEntity.class, "position_statement", "party, issue", pairs)
                .forEach(statement -> subjectOf(subjects, statement.party(), statement.issue())
                        .ifPresent(subject -> subject.statements().putIfAbsent(statement.key(), statement)));
        RowsByKey.read(entityManager, PositionVersionEntity.class, "position_version", "party, issue", pairs,
                        versionsFrom == null ? null : "(recorded_to is null or recorded_to >= ?)", versionsFrom)
                .forEach(version -> subjectOf(subjects, version.party(), version.issue())
                        .ifPresent(subject -> subject.versions().putIfAbsent(version.key(), version)));
        return subjects;
    }

    /** A subject's stances in the batch: the earliest and latest valid times and the first record time among them. */
    private static final class Stances {
        private Instant earliestValid;
        private Instant latestValid;
        private Instant firstRecorded;

        void add(Instant validFrom, Instant recordedAt) {
            earliestValid = earliestValid == null || validFrom.isBefore(earliestValid) ? validFrom : earliestValid;
            latestValid = latestValid == null || validFrom.isAfter(latestValid) ? validFrom : latestValid;
            firstRecorded = firstRecorded == null || recordedAt.isBefore(firstRecorded) ? recordedAt : firstRecorded;
        }
    }

    private static Optional<PositionSubject> subjectOf(Map<SubjectKey, PositionSubject> subjects, String party,
                                                       String issue) {
        return Optional.ofNullable(subjects.get(new SubjectKey(party, issue)));
    }
}
