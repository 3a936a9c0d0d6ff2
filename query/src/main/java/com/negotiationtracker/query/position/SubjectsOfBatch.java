package com.negotiationtracker.query.position;

import com.negotiationtracker.core.position.PositionStated;
import com.negotiationtracker.query.batch.RowsByKey;
import com.negotiationtracker.query.batch.SqlValues;
import jakarta.persistence.EntityManager;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

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

    private final Map<SubjectKey, PositionSubject> subjects = new HashMap<>();
    private final Set<SubjectKey> stated = new TreeSet<>(LOCK_ORDER);

    static SubjectsOfBatch lockAndRead(EntityManager entityManager, JdbcTemplate jdbc,
                                       List<EventMessage<?>> events) {
        SubjectsOfBatch batch = new SubjectsOfBatch();
        Set<SubjectKey> keys = new TreeSet<>(LOCK_ORDER);
        Instant firstRecorded = null;
        for (EventMessage<?> event : events) {
            // the payload type first: events of other kinds are not deserialized for this
            if (PositionStated.class.isAssignableFrom(event.getPayloadType())
                    && event.getPayload() instanceof PositionStated stated) {
                keys.add(new SubjectKey(stated.party().value(), stated.issue().value()));
                Instant recordedAt = PositionProjection.recordTime(event.getTimestamp());
                firstRecorded = firstRecorded == null || recordedAt.isBefore(firstRecorded) ? recordedAt
                        : firstRecorded;
            }
        }
        for (List<SubjectKey> chunk : SqlValues.chunks(new ArrayList<>(keys))) {
            lockOrMake(jdbc, chunk);
            batch.subjects.putAll(read(entityManager, chunk, firstRecorded));
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

    private static void lockOrMake(JdbcTemplate jdbc, List<SubjectKey> chunk) {
        SqlValues.PairList list = SqlValues.pairList(chunk.stream().map(key -> List.of(key.party(), key.issue()))
                .toList());
        Set<SubjectKey> locked = new HashSet<>(jdbc.query("select party, issue from position_subject where"
                        + " (party, issue) in " + list.sql() + " order by party, issue for update",
                (row, number) -> new SubjectKey(row.getString("party"), row.getString("issue")), list.arguments()));
        List<Object[]> missing = chunk.stream().filter(key -> !locked.contains(key))
                .map(key -> new Object[] {key.party(), key.issue()}).toList();
        if (!missing.isEmpty()) {
            // a new row is the inserting transaction's until it commits: that is the lock
            jdbc.batchUpdate("insert into position_subject (party, issue) values (?, ?)", missing);
        }
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
        keys.forEach(key -> subjects.put(key, new PositionSubject(new HashMap<>(), new HashMap<>(), versionsFrom)));
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

    private static Optional<PositionSubject> subjectOf(Map<SubjectKey, PositionSubject> subjects, String party,
                                                       String issue) {
        return Optional.ofNullable(subjects.get(new SubjectKey(party, issue)));
    }
}
