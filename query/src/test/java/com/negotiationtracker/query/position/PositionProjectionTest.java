package com.negotiationtracker.query.position;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.provenance.Source;
import com.negotiationtracker.core.time.TimePrecision;
import com.negotiationtracker.query.replay.CommittedReset;
import com.negotiationtracker.query.timeline.SourceView;
import com.negotiationtracker.query.timeline.ValidTimeView;
import com.negotiationtracker.query.batch.IndexHints;
import com.negotiationtracker.query.batch.ProcessorBatch;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.BeforeEach;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static com.negotiationtracker.core.testdata.TestFacts.UKRAINE;
import static com.negotiationtracker.core.testdata.TestFacts.UNITED_STATES;
import static com.negotiationtracker.core.testdata.TestFacts.US_UKRAINE;
import static com.negotiationtracker.core.testdata.TestFacts.fact;
import static com.negotiationtracker.query.position.PositionEvents.FIRST_IMPORT;
import static com.negotiationtracker.query.position.PositionEvents.SECOND_IMPORT;
import static com.negotiationtracker.query.position.PositionEvents.THIRD_IMPORT;
import static com.negotiationtracker.query.position.PositionEvents.endOf;
import static com.negotiationtracker.query.position.PositionEvents.stance;
import static com.negotiationtracker.query.position.PositionEvents.tracked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The positions read model against a real H2 database: stances go in through Axon's annotated handler adapter (as a
 * tracking processor delivers them) and answers come out through a query gateway, at several valid times and record
 * times.
 */
@DataJpaTest(properties = CommittedReset.MARKS_TABLE)
@Import(PositionProjection.class)
class PositionProjectionTest {

    private static final ActorId HEGSETH = ActorId.of("hegseth");
    private static final ActorId FRANCE = ActorId.of("france");
    private static final ActorId GERMANY = ActorId.of("germany");
    private static final String NATO = "nato-membership";

    @Autowired
    private PositionProjection projection;
    @Autowired
    private TestEntityManager database;
    @Autowired
    private DataSource dataSource;

    private AnnotationEventHandlerAdapter processor;
    private QueryGateway queries;
    private JdbcTemplate jdbc;
    private IndexHints hints;

    @BeforeEach
    void connectAxon() {
        processor = new AnnotationEventHandlerAdapter(projection);
        SimpleQueryBus queryBus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(projection).subscribe(queryBus);
        queries = DefaultQueryGateway.builder().queryBus(queryBus).build();
        jdbc = new JdbcTemplate(dataSource);
        hints = IndexHints.of(dataSource);
    }

    @Test
    void answersAStanceWithItsWordsItsSourceAndBothIntervals() {
        Source reuters = new Source("reuters-2025-02-12", "Reuters", "Hegseth: NATO membership unrealistic",
                "https://example.org/reuters/hegseth", "2025-02-12T15:00:00Z");
        deliver(tracked(stance(fact("hegseth-nato-membership-unrealistic")
                .summary("Hegseth said NATO membership is an unrealistic objective for Kyiv.")
                .assertedBy(HEGSETH).channel("press conference").source(reuters)
                .quote("NATO membership is an unrealistic outcome"), UNITED_STATES, NATO, "unrealistic"), 7,
                FIRST_IMPORT));

        PositionsPage page = positions(FindPositions.now().asOf(endOf("2025-02-12"), FIRST_IMPORT));

        assertThat(page.entries()).containsExactly(new PositionView("united-states", NATO, "unrealistic",
                "NATO membership is an unrealistic outcome",
                "Hegseth said NATO membership is an unrealistic objective for Kyiv.", "hegseth", "press conference",
                new SourceView("reuters-2025-02-12", "Reuters", "Hegseth: NATO membership unrealistic",
                        "https://example.org/reuters/hegseth", "2025-02-12T15:00:00Z"),
                new ValidTimeView("2025-02-12", TimePrecision.DAY, false, Instant.parse("2025-02-12T00:00:00Z"),
                        Instant.parse("2025-02-13T00:00:00Z")),
                Instant.parse("2025-02-12T00:00:00Z"), null, FIRST_IMPORT, "ukraine-peace",
                "hegseth-nato-membership-unrealistic"));
        assertThat(page.validAt()).isEqualTo(endOf("2025-02-12"));
        assertThat(page.knownAt()).isEqualTo(FIRST_IMPORT);
        assertThat(page.total()).isOne();
    }

    @Test
    void theUsStanceOnNatoMembershipHoldsFrom12FebruaryAndNotBeforeItWasRecorded() {
        deliver(tracked(stance(fact("hegseth-nato-membership-unrealistic").assertedBy(HEGSETH), UNITED_STATES, NATO,
                "unrealistic"), 1, FIRST_IMPORT));

        assertThat(stanceOf(UNITED_STATES, NATO, endOf("2025-02-12"), null)).isEqualTo("unrealistic");
        assertThat(stanceOf(UNITED_STATES, NATO, Instant.parse("2025-02-12T00:00:00Z"), null))
                .as("from the first moment of the day it was stated").isEqualTo("unrealistic");
        assertThat(stanceOf(UNITED_STATES, NATO, endOf("2025-02-11"), null)).isNull();
        assertThat(stanceOf(UNITED_STATES, NATO, null, null)).as("now, as the record stands").isEqualTo("unrealistic");
        assertThat(stanceOf(UNITED_STATES, NATO, endOf("2025-02-12"), FIRST_IMPORT.minusNanos(1_000)))
                .as("before the record held it").isNull();
        assertThat(positions(FindPositions.now().asOf(null, Instant.parse("2000-01-01T00:00:00Z"))).entries())
                .isEmpty();
        assertThat(history(UNITED_STATES, NATO, FIRST_IMPORT.minusSeconds(1)).stances()).isEmpty();
    }

    @Test
    void aLaterStanceTakesOverInValidTimeAndTheRecordKeepsWhatItSaidBefore() {
        deliver(tracked(stance(fact("us-nato-unrealistic").on("2025-02-12"), UNITED_STATES, NATO, "unrealistic"), 1,
                FIRST_IMPORT));
        deliver(tracked(stance(US_UKRAINE, fact("us-nato-open").on("2025-03-01"), UNITED_STATES, NATO,
                "open to discussion"), 2, SECOND_IMPORT));

        assertThat(stanceOf(UNITED_STATES, NATO, endOf("2025-02-20"), null)).isEqualTo("unrealistic");
        assertThat(stanceOf(UNITED_STATES, NATO, endOf("2025-03-02"), null)).isEqualTo("open to discussion");
        assertThat(stanceOf(UNITED_STATES, NATO, endOf("2025-03-02"), FIRST_IMPORT))
                .as("the record did not know the later stance yet").isEqualTo("unrealistic");
        assertThat(stanceOf(UNITED_STATES, NATO, endOf("2025-03-02"), SECOND_IMPORT.minusNanos(1_000)))
                .isEqualTo("unrealistic");
        assertThat(stanceOf(UNITED_STATES, NATO, endOf("2025-03-02"), SECOND_IMPORT)).isEqualTo("open to discussion");

        assertThat(history(UNITED_STATES, NATO, null).stances())
                .extracting(PositionView::stance, PositionView::validFrom, PositionView::validTo,
                        PositionView::recordedFrom)
                .containsExactly(
                        tuple("unrealistic", day("2025-02-12"), day("2025-03-01"), SECOND_IMPORT),
                        tuple("open to discussion", day("2025-03-01"), null, SECOND_IMPORT));
        assertThat(history(UNITED_STATES, NATO, FIRST_IMPORT).stances())
                .extracting(PositionView::stance, PositionView::validFrom, PositionView::validTo,
                        PositionView::recordedFrom)
                .containsExactly(tuple("unrealistic", day("2025-02-12"), null, FIRST_IMPORT));
        assertThat(closedRows()).as("the first version closed when the second stance was recorded").isOne();
    }

    @Test
    void aStanceReportedLateWithAnOlderValidTimeSlotsIntoTheHistory() {
        deliver(tracked(stance(fact("a").on("2025-02-01"), UNITED_STATES, NATO, "x"), 1, FIRST_IMPORT));
        deliver(tracked(stance(fact("c").on("2025-03-01"), UNITED_STATES, NATO, "z"), 2, SECOND_IMPORT));
        deliver(tracked(stance(fact("b").on("2025-02-15"), UNITED_STATES, NATO, "y"), 3, THIRD_IMPORT));

        assertThat(stanceOf(UNITED_STATES, NATO, endOf("2025-02-20"), SECOND_IMPORT)).isEqualTo("x");
        assertThat(stanceOf(UNITED_STATES, NATO, endOf("2025-02-20"), THIRD_IMPORT)).isEqualTo("y");
        assertThat(stanceOf(UNITED_STATES, NATO, endOf("2025-02-20"), null)).isEqualTo("y");
        assertThat(stanceOf(UNITED_STATES, NATO, endOf("2025-03-05"), SECOND_IMPORT)).isEqualTo("z");
        assertThat(stanceOf(UNITED_STATES, NATO, endOf("2025-03-05"), THIRD_IMPORT)).isEqualTo("z");
        assertThat(stanceOf(UNITED_STATES, NATO, endOf("2025-02-10"), THIRD_IMPORT)).isEqualTo("x");

        assertThat(history(UNITED_STATES, NATO, null).stances())
                .extracting(PositionView::stance, PositionView::validFrom, PositionView::validTo)
                .containsExactly(
                        tuple("x", day("2025-02-01"), day("2025-02-15")),
                        tuple("y", day("2025-02-15"), day("2025-03-01")),
                        tuple("z", day("2025-03-01"), null));
        // x: [Feb 1, open) closed at the second import, [Feb 1, Mar 1) closed at the third, [Feb 1, Feb 15);
        // z: [Mar 1, open) from the second import, untouched by the third; y: [Feb 15, Mar 1)
        assertThat(rows("position_version")).isEqualTo(5);
        assertThat(closedRows()).isEqualTo(2);
    }

    @Test
    void aStanceOlderThanAllTheOthersLeavesTheirRowsAsTheyWere() {
        deliver(tracked(stance(fact("us-nato-unrealistic"), UNITED_STATES, NATO, "unrealistic"), 1, FIRST_IMPORT));
        deliver(tracked(stance(fact("us-nato-open-door").on("2024-07"), UNITED_STATES, NATO, "open door"), 2,
                SECOND_IMPORT));

        assertThat(stanceOf(UNITED_STATES, NATO, endOf("2024-08-01"), FIRST_IMPORT)).isNull();
        assertThat(stanceOf(UNITED_STATES, NATO, endOf("2024-08-01"), SECOND_IMPORT)).isEqualTo("open door");
        assertThat(stanceOf(UNITED_STATES, NATO, endOf("2025-02-12"), FIRST_IMPORT)).isEqualTo("unrealistic");
        assertThat(stanceOf(UNITED_STATES, NATO, endOf("2025-02-12"), SECOND_IMPORT)).isEqualTo("unrealistic");
        assertThat(rows("position_version")).isEqualTo(2);
        assertThat(closedRows()).isZero();
    }

    @Test
    void ofTwoStancesStatedAtTheSameTimeTheLaterRecordedTakesOver() {
        deliver(tracked(stance(fact("first-report"), UNITED_STATES, NATO, "unrealistic"), 1, FIRST_IMPORT));
        deliver(tracked(stance(US_UKRAINE, fact("second-report"), UNITED_STATES, NATO, "not on the table"), 2,
                SECOND_IMPORT));

        assertThat(stanceOf(UNITED_STATES, NATO, endOf("2025-02-12"), FIRST_IMPORT)).isEqualTo("unrealistic");
        assertThat(stanceOf(UNITED_STATES, NATO, endOf("2025-02-12"), null)).isEqualTo("not on the table");
        assertThat(history(UNITED_STATES, NATO, null).stances())
                .as("the replaced stance stays in the history, with an empty interval")
                .extracting(PositionView::stance, PositionView::validFrom, PositionView::validTo)
                .containsExactly(
                        tuple("unrealistic", day("2025-02-12"), day("2025-02-12")),
                        tuple("not on the table", day("2025-02-12"), null));
    }

    @Test
    void theRowsDoNotDependOnTheOrderInWhichTheStancesAreHandled() {
        List<EventMessage<?>> stances = List.of(
                tracked(stance(fact("a").on("2025-02-01"), UNITED_STATES, NATO, "x"), 1, FIRST_IMPORT),
                tracked(stance(US_UKRAINE, fact("c").on("2025-03-01"), UNITED_STATES, NATO, "z"), 2, SECOND_IMPORT),
                tracked(stance(fact("b").on("2025-02-15"), UNITED_STATES, NATO, "y"), 3, THIRD_IMPORT));
        stances.forEach(this::deliver);
        List<String> inRecordOrder = versionRows();

        CommittedReset.of(processor::prepareReset);
        database.clear();
        // two segments of the processor can handle stances of one subject from different tracks in any order
        deliver(stances.get(2));
        deliver(stances.get(0));
        deliver(stances.get(1));

        assertThat(versionRows()).isEqualTo(inRecordOrder);
    }

    @Test
    void stancesHandledAsOneBatchMakeTheRowsOfOneAtATime() {
        List<EventMessage<?>> stances = List.of(
                tracked(stance(fact("a").on("2025-02-01"), UNITED_STATES, NATO, "x"), 1, FIRST_IMPORT),
                tracked(stance(US_UKRAINE, fact("c").on("2025-03-01"), UNITED_STATES, NATO, "z"), 2, SECOND_IMPORT),
                tracked(stance(fact("kyiv-on-nato"), UKRAINE, NATO, "may not be imminent"), 3, SECOND_IMPORT),
                tracked(stance(fact("b").on("2025-02-15"), UNITED_STATES, NATO, "y"), 4, THIRD_IMPORT));
        stances.forEach(this::deliver);
        List<String> oneAtATime = versionRows();

        CommittedReset.of(processor::prepareReset);
        database.clear();
        // a processor's batch: one unit of work, in which each subject is read once; the late stance and a stance
        // handled again (after a crash before the token was stored) within it
        List<EventMessage<?>> batch = new ArrayList<>(stances);
        batch.add(stances.get(1));
        deliverAsOneBatch(batch);

        assertThat(versionRows()).isEqualTo(oneAtATime);
        assertThat(rows("position_statement")).isEqualTo(4);
    }

    @Test
    void aBatchOnSubjectsOfEarlierBatchesMakesTheRowsOfOneAtATimeAndAgainWhenHandledTwice() {
        List<EventMessage<?>> stances = List.of(
                tracked(stance(fact("a").on("2025-02-01"), UNITED_STATES, NATO, "x"), 1, FIRST_IMPORT),
                tracked(stance(fact("kyiv-on-nato"), UKRAINE, NATO, "may not be imminent"), 2, FIRST_IMPORT),
                tracked(stance(US_UKRAINE, fact("c").on("2025-03-01"), UNITED_STATES, NATO, "z"), 3, SECOND_IMPORT),
                tracked(stance(fact("us-territory"), UNITED_STATES, "territory", "unrealistic"), 4, SECOND_IMPORT),
                tracked(stance(fact("b").on("2025-02-15"), UNITED_STATES, NATO, "y"), 5, THIRD_IMPORT));
        stances.forEach(this::deliver);
        List<String> oneAtATime = versionRows();

        CommittedReset.of(processor::prepareReset);
        database.clear();
        // the first batch makes the subjects' rows; the second finds and locks them, and adds one
        deliverAsOneBatch(stances.subList(0, 2));
        deliverAsOneBatch(stances.subList(2, 5));
        assertThat(versionRows()).isEqualTo(oneAtATime);

        deliverAsOneBatch(stances.subList(2, 5)); // the processor crashed before it stored its token

        assertThat(versionRows()).isEqualTo(oneAtATime);
        assertThat(rows("position_statement")).isEqualTo(5);
        assertThat(rows("position_subject")).isEqualTo(3);
    }

    @Test
    void aBatchReadsOnlyTheVersionsItsStancesCanChangeAndStillMakesTheRowsOfOneAtATime() {
        Instant betweenSecondAndThird = SECOND_IMPORT.plus(Duration.ofHours(12));
        List<EventMessage<?>> stances = List.of(
                tracked(stance(fact("a").on("2025-02-01"), UNITED_STATES, NATO, "x"), 1, FIRST_IMPORT),
                tracked(stance(US_UKRAINE, fact("c").on("2025-03-01"), UNITED_STATES, NATO, "z"), 2, SECOND_IMPORT),
                tracked(stance(fact("b").on("2025-02-15"), UNITED_STATES, NATO, "y"), 4, THIRD_IMPORT),
                // recorded before b, handled after it (another track's segment, say)
                tracked(stance(fact("d").on("2025-02-20"), UNITED_STATES, NATO, "w"), 3, betweenSecondAndThird));
        deliver(stances.get(0));
        deliver(stances.get(1));
        deliver(stances.get(3));
        deliver(stances.get(2));
        List<String> inRecordOrder = versionRows();

        CommittedReset.of(processor::prepareReset);
        database.clear();
        // the later batches leave the versions closed before their first stance unread: a's first version (closed
        // when c was recorded) is neither read nor written again, and d, recorded before b, still reworks what b
        // closed
        deliverAsOneBatch(stances.subList(0, 2));
        deliverAsOneBatch(stances.subList(2, 3));
        deliverAsOneBatch(stances.subList(3, 4));

        assertThat(versionRows()).isEqualTo(inRecordOrder);
    }

    /**
     * Batches whose stances come after all of a subject's others read only the stances from the earliest valid time
     * among them on (and the one before); the rows must be those of the stances handled one at a time, each reading
     * the whole history. Random histories: valid times with ties, several stances in one record moment, stances
     * reported late in valid time, and now and then a batch handed over out of record order.
     */
    @Test
    void batchesThatReadOnlyTheNewestPartOfAHistoryMakeTheRowsOfOneAtATime() {
        for (long seed = 1; seed <= 12; seed++) {
            Random random = new Random(seed);
            // United States three times in four
            List<EventMessage<?>> stances = new RandomStances(random,
                    List.of(UNITED_STATES, UNITED_STATES, UNITED_STATES, FRANCE), List.of(NATO)).events(70);
            stances.forEach(this::deliver);
            List<String> oneAtATime = versionRows();

            CommittedReset.of(processor::prepareReset);
            database.clear();
            List<EventMessage<?>> handed = new ArrayList<>(stances);
            if (seed % 3 == 0) {
                Collections.swap(handed, 20, 40); // another segment's stance arrives late
            }
            for (int from = 0; from < handed.size(); ) {
                int to = Math.min(handed.size(), from + 1 + random.nextInt(9));
                deliverAsOneBatch(handed.subList(from, to));
                from = to;
            }

            assertThat(versionRows()).as("seed %d", seed).isEqualTo(oneAtATime);
            CommittedReset.of(processor::prepareReset);
            database.clear();
        }
    }

    @Test
    void theSameStanceHandledTwiceChangesNothing() {
        EventMessage<?> first = tracked(stance(fact("a").on("2025-02-01"), UNITED_STATES, NATO, "x"), 1,
                FIRST_IMPORT);
        EventMessage<?> second = tracked(stance(fact("b").on("2025-03-01"), UNITED_STATES, NATO, "y"), 2,
                SECOND_IMPORT);
        deliver(first);
        deliver(second);
        List<String> once = versionRows();

        deliver(second); // the processor crashed before it stored its token, and handles the events again
        deliver(first);

        assertThat(versionRows()).isEqualTo(once);
        assertThat(rows("position_statement")).isEqualTo(2);
        assertThat(rows("position_subject")).isOne();
    }

    @Test
    void theResetEmptiesTheTablesAndTheReplayMakesTheSameRows() {
        List<EventMessage<?>> stances = List.of(
                tracked(stance(fact("a").on("2025-02-01"), UNITED_STATES, NATO, "x"), 1, FIRST_IMPORT),
                tracked(stance(fact("b").on("2025-03-01"), UNITED_STATES, NATO, "y"), 2, SECOND_IMPORT),
                tracked(stance(fact("kyiv-on-nato"), UKRAINE, NATO, "may not be imminent"), 3, SECOND_IMPORT));
        stances.forEach(this::deliver);
        List<String> before = versionRows();

        CommittedReset.of(processor::prepareReset);
        database.clear();

        assertThat(rows("position_version")).isZero();
        assertThat(rows("position_statement")).isZero();
        assertThat(rows("position_subject")).isZero();
        assertThat(positions(FindPositions.now()).entries()).isEmpty();

        stances.forEach(this::deliver);
        assertThat(versionRows()).isEqualTo(before);
    }

    @Test
    void filtersByPartyAndIssueAndPagesInPartyThenIssueOrder() {
        deliver(tracked(stance(fact("us-territory"), UNITED_STATES, "territory", "unrealistic"), 1, FIRST_IMPORT));
        deliver(tracked(stance(fact("us-nato"), UNITED_STATES, NATO, "unrealistic"), 2, FIRST_IMPORT));
        deliver(tracked(stance(fact("france-kyiv"), FRANCE, "kyiv-participation", "Kyiv must take part"), 3,
                FIRST_IMPORT));
        deliver(tracked(stance(fact("germany-kyiv"), GERMANY, "kyiv-participation", "Kyiv must take part"), 4,
                FIRST_IMPORT));
        deliver(tracked(stance(fact("ukraine-nato"), UKRAINE, NATO, "may not be imminent"), 5, FIRST_IMPORT));

        assertThat(subjects(FindPositions.now().of("united-states", null)))
                .containsExactly("united-states/nato-membership", "united-states/territory");
        assertThat(subjects(FindPositions.now().of(null, NATO)))
                .containsExactly("ukraine/nato-membership", "united-states/nato-membership");
        assertThat(subjects(FindPositions.now().of("france", "kyiv-participation")))
                .containsExactly("france/kyiv-participation");
        assertThat(subjects(FindPositions.now().of(" ", ""))).as("blank filters mean none").hasSize(5);

        List<PositionsPage> pages = Stream.of(0, 1, 2)
                .map(page -> positions(FindPositions.now().page(page, 2))).toList();
        assertThat(pages).extracting(PositionsPage::total).containsOnly(5L);
        assertThat(pages).extracting(page -> page.entries().size()).containsExactly(2, 2, 1);
        assertThat(pages.stream().flatMap(page -> page.entries().stream()).map(PositionProjectionTest::subject))
                .containsExactly("france/kyiv-participation", "germany/kyiv-participation",
                        "ukraine/nato-membership", "united-states/nato-membership", "united-states/territory");
        assertThat(positions(FindPositions.now().page(3, 2)).entries()).as("past the last page").isEmpty();
    }

    @Test
    void theStancesAroundALateOneAreFoundWithoutReadingTheSubjectsHistory() {
        List<EventMessage<?>> daily = new ArrayList<>();
        for (int day = 1; day <= 60; day++) {
            String date = LocalDate.of(2024, 1, 1).plusDays(day).toString();
            daily.add(tracked(stance(fact("us-nato-" + date).on(date), UNITED_STATES, NATO, "stance of " + date), day,
                    FIRST_IMPORT.plusSeconds(day)));
        }
        deliverAsOneBatch(daily);
        SubjectKey subject = new SubjectKey(UNITED_STATES.value(), NATO);
        OffsetDateTime lateStance = OffsetDateTime.parse("2024-02-10T12:00:00Z");

        assertThat(SubjectsOfBatch.startBefore(jdbc, hints, subject, lateStance))
                .isEqualTo(OffsetDateTime.parse("2024-02-10T00:00:00Z"));
        assertThat(SubjectsOfBatch.startAfter(jdbc, hints, subject, lateStance))
                .isEqualTo(OffsetDateTime.parse("2024-02-11T00:00:00Z"));
        assertThat(SubjectsOfBatch.startBefore(jdbc, hints, subject, OffsetDateTime.parse("2024-01-02T00:00:00Z")))
                .as("none starts before the first").isNull();
        assertThat(SubjectsOfBatch.startAfter(jdbc, hints, subject, OffsetDateTime.parse("2024-03-01T00:00:00Z")))
                .as("none starts after the last").isNull();
        for (String query : List.of(SubjectsOfBatch.START_BEFORE, SubjectsOfBatch.START_AFTER)) {
            String plan = String.join("\n", jdbc.queryForList("explain analyze "
                    + query.formatted(hints.use("ix_position_statement_valid")), String.class, subject.party(),
                    subject.issue(), lateStance));
            assertThat(plan).as(query).contains("index sorted");
            assertThat(Integer.parseInt(plan.replaceAll("(?s).*scanCount: (\\d+).*", "$1")))
                    .as("index entries read, of the 40 stances before it or the 20 after: " + query)
                    .isLessThanOrEqualTo(2);
        }
    }

    /** Hands a message to the projection as its processor would, each in a unit of work of its own. */
    private void deliver(EventMessage<?> message) {
        try {
            processor.handle(message);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        database.flush();
        database.clear();
    }

    /** Hands messages to the projection as its processor hands a batch: all in one unit of work. */
    private void deliverAsOneBatch(List<EventMessage<?>> messages) {
        ProcessorBatch.handle(processor, messages);
        database.flush();
        database.clear();
    }

    private PositionsPage positions(FindPositions query) {
        return queries.query(query, ResponseTypes.instanceOf(PositionsPage.class)).join();
    }

    private PositionHistory history(ActorId party, String issue, Instant knownAt) {
        return queries.query(new FindPositionHistory(party.value(), issue, knownAt),
                ResponseTypes.instanceOf(PositionHistory.class)).join();
    }

    /** The party's stance on the issue at valid time {@code validAt} as known at {@code knownAt}; null for none. */
    private String stanceOf(ActorId party, String issue, Instant validAt, Instant knownAt) {
        List<PositionView> found = positions(new FindPositions(validAt, knownAt, party.value(), issue, null))
                .entries();
        assertThat(found).as("at most one stance holds at a time").hasSizeLessThanOrEqualTo(1);
        return found.isEmpty() ? null : found.get(0).stance();
    }

    private List<String> subjects(FindPositions query) {
        return positions(query).entries().stream().map(PositionProjectionTest::subject).toList();
    }

    private static String subject(PositionView position) {
        return position.party() + "/" + position.issue();
    }

    private static Instant day(String day) {
        return Instant.parse(day + "T00:00:00Z");
    }

    /** Every version row, in key order, as text: for comparing two runs. */
    @SuppressWarnings("unchecked")
    private List<String> versionRows() {
        List<Object[]> rows = database.getEntityManager().createNativeQuery(
                "select track, fact_id, recorded_from, recorded_to, party, issue, valid_from, valid_to, stance"
                        + " from position_version order by track, fact_id, recorded_from").getResultList();
        return rows.stream().map(Arrays::toString).toList();
    }

    private long closedRows() {
        return ((Number) database.getEntityManager()
                .createNativeQuery("select count(*) from position_version where recorded_to is not null")
                .getSingleResult()).longValue();
    }

    private long rows(String table) {
        return ((Number) database.getEntityManager().createNativeQuery("select count(*) from " + table)
                .getSingleResult()).longValue();
    }
}
