package com.negotiationtracker.query.position;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.query.batch.IndexHints;
import com.negotiationtracker.query.batch.ProcessorBatch;
import com.negotiationtracker.query.replay.CommittedReset;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static com.negotiationtracker.query.position.PositionEvents.FIRST_IMPORT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The positions matrix read subject by subject ({@link PositionsAt}) against its definition: at random moments, with
 * and without filters, every page holds exactly the versions that hold at both times, found by reading every version
 * row, in party then issue order, and its total counts them all.
 */
@DataJpaTest(properties = CommittedReset.MARKS_TABLE)
@Import(PositionProjection.class)
class PositionsAtTest {

    private static final List<ActorId> PARTIES = List.of(ActorId.of("france"), ActorId.of("russia"),
            ActorId.of("ukraine"), ActorId.of("united-states"));
    private static final List<String> ISSUES = List.of("nato-membership", "territory", "neutrality");

    @Autowired
    private PositionProjection projection;
    @Autowired
    private TestEntityManager database;
    @Autowired
    private DataSource dataSource;

    @Test
    void everyPageHoldsTheVersionsThatHoldAtBothTimesInSubjectOrderAndCountsThemAll() {
        for (long seed = 1; seed <= 4; seed++) {
            Random random = new Random(seed);
            List<EventMessage<?>> stances = new RandomStances(random, PARTIES, ISSUES).events(160);
            AnnotationEventHandlerAdapter processor = new AnnotationEventHandlerAdapter(projection);
            deliver(processor, random, stances);
            Instant lastRecorded = stances.get(stances.size() - 1).getTimestamp();
            List<Version> rows = versionRows();

            for (int moment = 0; moment < 120; moment++) {
                Instant validAt = LocalDate.of(2019, 6, 1).plusDays(random.nextInt(3_000))
                        .atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(random.nextInt(86_400));
                Instant knownAt = FIRST_IMPORT.minus(Duration.ofHours(1)).plusSeconds(
                        random.nextLong(Duration.between(FIRST_IMPORT, lastRecorded).toSeconds() + 7_200));
                String party = random.nextInt(4) == 0 ? PARTIES.get(random.nextInt(PARTIES.size())).value() : null;
                String issue = random.nextInt(4) == 0 ? ISSUES.get(random.nextInt(ISSUES.size())) : null;
                List<String> expected = rows.stream().filter(row -> row.holdsAt(validAt, knownAt))
                        .filter(row -> party == null || row.party.equals(party))
                        .filter(row -> issue == null || row.issue.equals(issue))
                        .sorted(Comparator.comparing(Version::party).thenComparing(Version::issue))
                        .map(Version::toString).toList();
                int size = 1 + random.nextInt(5);
                String context = "seed %d, validAt %s, knownAt %s, party %s, issue %s, size %d".formatted(seed,
                        validAt, knownAt, party, issue, size);
                List<String> paged = new ArrayList<>();
                for (int page = 0; page * size <= expected.size(); page++) {
                    PositionsPage answer = positions(new FindPositions(validAt, knownAt, party, issue, null)
                            .page(page, size));
                    assertThat(answer.total()).as(context).isEqualTo(expected.size());
                    assertThat(answer.totalExact()).as(context).isTrue();
                    answer.entries().forEach(entry -> paged.add(Version.of(entry).toString()));
                }
                assertThat(paged).as(context).containsExactlyElementsOf(expected);
            }
            CommittedReset.of(processor::prepareReset);
            database.clear();
        }
    }

    @Test
    void theLookUpsReadTheirIndexesInOrderAndStopEarly() {
        Random random = new Random(7);
        deliver(new AnnotationEventHandlerAdapter(projection), random,
                new RandomStances(random, PARTIES, ISSUES).events(40));
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> queries = new PositionsAt(jdbc, IndexHints.of(dataSource)).queries();
        OffsetDateTime moment = OffsetDateTime.of(2021, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC);

        // on a dozen subjects H2 reads the table and sorts it; on hundreds it walks the primary key (BENCHMARKS.md)
        assertThat(plan(jdbc, queries.get(0), moment, moment, 0, 10)).as("each subject tested on its stances' index")
                .contains("/* PUBLIC." + PositionsAt.STANCES.toUpperCase() + ": VALID_FROM <= ?1");
        assertThat(plan(jdbc, queries.get(1), "france", "territory", moment, moment))
                .contains(PositionsAt.OPEN_ENDED.toUpperCase(), "index sorted");
        assertThat(plan(jdbc, queries.get(2), "france", "territory", moment, moment, moment, moment))
                .contains(PositionsAt.VALID_STARTS.toUpperCase(), "index sorted");
    }

    private static String plan(JdbcTemplate jdbc, String query, Object... arguments) {
        return String.join("\n", jdbc.queryForList("explain " + query, String.class, arguments));
    }

    /** Hands the stances to the projection as its processor would, in batches of one to nine. */
    private void deliver(AnnotationEventHandlerAdapter processor, Random random, List<EventMessage<?>> stances) {
        for (int from = 0; from < stances.size(); ) {
            int to = Math.min(stances.size(), from + 1 + random.nextInt(9));
            ProcessorBatch.handle(processor, stances.subList(from, to));
            database.flush();
            database.clear();
            from = to;
        }
    }

    private PositionsPage positions(FindPositions query) {
        return projection.handle(query);
    }

    /** Every version row, as the definition of what holds when. */
    @SuppressWarnings("unchecked")
    private List<Version> versionRows() {
        List<Object[]> rows = database.getEntityManager().createNativeQuery(
                "select party, issue, fact_id, valid_from, valid_to, recorded_from, recorded_to"
                        + " from position_version").getResultList();
        return rows.stream().map(row -> new Version((String) row[0], (String) row[1], (String) row[2],
                instant(row[3]), instant(row[4]), instant(row[5]), instant(row[6]))).toList();
    }

    private static Instant instant(Object value) {
        return value == null ? null : value instanceof Instant instant ? instant
                : ((OffsetDateTime) value).toInstant();
    }

    private record Version(String party, String issue, String factId, Instant validFrom, Instant validTo,
                           Instant recordedFrom, Instant recordedTo) {

        static Version of(PositionView view) {
            return new Version(view.party(), view.issue(), view.factId(), view.validFrom(), view.validTo(),
                    view.recordedFrom(), null);
        }

        boolean holdsAt(Instant validAt, Instant knownAt) {
            return !validFrom.isAfter(validAt) && (validTo == null || validTo.isAfter(validAt))
                    && !recordedFrom.isAfter(knownAt) && (recordedTo == null || recordedTo.isAfter(knownAt));
        }

        @Override
        public String toString() {
            return party + "/" + issue + " " + factId + " valid " + validFrom + " to " + validTo + " recorded from "
                    + recordedFrom;
        }
    }
}
