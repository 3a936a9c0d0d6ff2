package com.negotiationtracker.query.timeline;

import com.negotiationtracker.core.provenance.Source;
import com.negotiationtracker.core.time.ValidTime;
import com.negotiationtracker.query.batch.IndexHints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The count of a timeline as of a valid and a record time, on a timeline whose facts were recorded in the reverse of
 * their valid-time order (each later report about an earlier day): the worst case for a walk in valid-time order,
 * which passes every fact recorded after {@code knownAt} before it finds those recorded by then.
 */
@DataJpaTest
@Import(TimelineProjection.class)
class TimelineTotalTest {

    private static final int FACTS = ListTotal.COUNTED_PAST_PAGE + 50;
    private static final Instant FIRST_RECORDED = Instant.parse("2026-01-01T00:00:00Z");
    private static final LocalDate FIRST_DAY = LocalDate.parse("2000-01-01");

    @Autowired
    private TimelineProjection projection;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private DataSource dataSource;

    private final List<RecordedEntry> entries = new ArrayList<>();

    @BeforeEach
    void aTimelineRecordedBackwards() {
        Source source = new Source("wire", "Wire", "A day of talks", null, "2026-01-01");
        for (int number = 0; number < FACTS; number++) {
            String factId = "fact-" + number;
            String track = "track-" + number % 3;
            entries.add(new RecordedEntry(new TimelineEntryKey(track, factId), track, factId,
                    number % 2 == 0 ? "call" : "meeting", "Fact " + number,
                    ValidTime.of(FIRST_DAY.plusDays(FACTS - 1 - number).toString()), "reporter", null, null, source,
                    "{}", FIRST_RECORDED.plusSeconds(number), (long) number,
                    number % 5 == 0 ? List.of("russia", "united-states") : List.of("united-states"),
                    number % 7 == 0 ? List.of("nato-membership") : List.of()));
        }
        new TimelineTables(jdbc).write(entries);
    }

    @Test
    void theFactsRecordedByAnEarlyKnownAtAreWalkedInRecordOrderAndNoOthersAreRead() {
        TimelineTotal total = new TimelineTotal(jdbc, IndexHints.of(dataSource));
        Instant early = FIRST_RECORDED.plusSeconds(149);
        TimelineFilter filter = new TimelineFilter(null, null, null, null, null, null)
                .asOf(day(FACTS + 10), early);

        assertThat(total.walk(early)).isEqualTo(TimelineTotal.BY_RECORD_TIME);
        assertThat(total.walk(FIRST_RECORDED.plusSeconds(FACTS))).isEqualTo(TimelineTotal.BY_VALID_TIME);
        assertThat(total.walk(null)).isEqualTo(TimelineTotal.BY_VALID_TIME);
        assertThat(total.of(filter, 0)).isEqualTo(new ListTotal(150, true));
        assertThat(entriesRead("explain analyze select count(*)" + total.fromWhere(filter),
                filter.arguments().toArray())).as("index entries read to count 150 facts").isLessThanOrEqualTo(151);
    }

    @Test
    void theWalkIsChosenAgainOnceTheTimelineChanged() {
        TimelineTotal total = new TimelineTotal(jdbc, IndexHints.of(dataSource));
        Instant early = FIRST_RECORDED.plusSeconds(149);
        assertThat(total.walk(early)).isEqualTo(TimelineTotal.BY_RECORD_TIME);

        List<RecordedEntry> recordedEarlier = new ArrayList<>();
        for (RecordedEntry entry : entries) {
            recordedEarlier.add(new RecordedEntry(new TimelineEntryKey("earlier", entry.factId()), "earlier",
                    entry.factId(), entry.kind(), entry.summary(), entry.validTime(), entry.assertedBy(),
                    entry.channel(), entry.quote(), entry.source(), entry.details(),
                    FIRST_RECORDED.minusSeconds(FACTS), entry.globalPosition() + FACTS, entry.actors(),
                    entry.issues()));
        }
        new TimelineTables(jdbc).write(recordedEarlier);
        total.changed();

        assertThat(total.walk(early)).as("more facts recorded by then than a count counts")
                .isEqualTo(TimelineTotal.BY_VALID_TIME);
        assertThat(total.walk(FIRST_RECORDED.minusSeconds(FACTS + 1))).isEqualTo(TimelineTotal.BY_RECORD_TIME);
    }

    @Test
    void everyCountIsTheNumberOfFactsThatMatchUpToWhereItSaysAtLeast() {
        Random random = new Random(11);
        for (int query = 0; query < 80; query++) {
            String track = random.nextInt(3) == 0 ? "track-" + random.nextInt(3) : null;
            String actor = random.nextInt(4) == 0 ? (random.nextBoolean() ? "russia" : "united-states") : null;
            String kind = random.nextInt(4) == 0 ? "call" : null;
            String issue = random.nextInt(5) == 0 ? "nato-membership" : null;
            Instant from = random.nextInt(5) == 0 ? day(random.nextInt(FACTS)) : null;
            Instant until = from != null && random.nextBoolean() ? from.plusSeconds(86_400L * random.nextInt(400))
                    : null;
            Instant validAt = random.nextBoolean() ? day(random.nextInt(FACTS)).plusSeconds(43_200) : null;
            Instant knownAt = random.nextBoolean() ? FIRST_RECORDED.plusSeconds(random.nextInt(FACTS + 10)) : null;
            FindTimeline find = new FindTimeline(track, actor, kind, issue, from, until).asOf(validAt, knownAt)
                    .page(0, 10);
            long matching = entries.stream().filter(matches(find)).count();

            TimelinePage page = projection.handle(find);

            String context = find.toString();
            if (matching <= ListTotal.COUNTED_PAST_PAGE) {
                assertThat(page.total()).as(context).isEqualTo(matching);
                assertThat(page.totalExact()).as(context).isTrue();
            } else {
                assertThat(page.total()).as(context).isEqualTo(ListTotal.COUNTED_PAST_PAGE + 1);
                assertThat(page.totalExact()).as(context).isFalse();
            }
        }
    }

    /** The query's filters, read off its definition in {@link FindTimeline}. */
    private static Predicate<RecordedEntry> matches(FindTimeline find) {
        return entry -> (find.track() == null || entry.track().equals(find.track()))
                && (find.actor() == null || entry.actors().contains(find.actor()))
                && (find.kind() == null || entry.kind().equals(find.kind()))
                && (find.issue() == null || entry.issues().contains(find.issue()))
                && (find.from() == null || entry.validTime().end().isAfter(find.from())
                || !entry.validTime().start().isBefore(find.from()))
                && (find.until() == null || entry.validTime().start().isBefore(find.until()))
                && (find.validAt() == null || !entry.validTime().start().isAfter(find.validAt()))
                && (find.knownAt() == null || !entry.recordedAt().isAfter(find.knownAt()));
    }

    /** The most index or table entries any step of the plan read, from H2's {@code explain analyze}. */
    private int entriesRead(String explain, Object... arguments) {
        String plan = String.join("\n", jdbc.queryForList(explain, String.class, arguments));
        Matcher scanned = Pattern.compile("scanCount: (\\d+)").matcher(plan);
        int most = 0;
        while (scanned.find()) {
            most = Math.max(most, Integer.parseInt(scanned.group(1)));
        }
        assertThat(plan).contains(TimelineTotal.BY_RECORD_TIME.toUpperCase());
        return most;
    }

    private static Instant day(int number) {
        return FIRST_DAY.plusDays(number).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
