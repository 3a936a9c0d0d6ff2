package com.negotiationtracker.query.timeline;

import com.negotiationtracker.core.provenance.Source;
import com.negotiationtracker.core.time.ValidTime;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a page of a long list reports the list's length (through the timeline, the longest of the paged lists): exact
 * up to ten thousand entries past the page's start, "at least" beyond, exact again for a page past the end.
 */
@DataJpaTest
@Import(TimelineProjection.class)
class ListTotalTest {

    /** More facts than a count goes past the first page, fewer than it goes past the second. */
    private static final int FACTS = ListTotal.COUNTED_PAST_PAGE + 50;
    private static final Instant FIRST_RECORDED = Instant.parse("2026-01-01T00:00:00Z");

    @Autowired
    private TimelineProjection projection;
    @Autowired
    private JdbcTemplate jdbc;

    private QueryGateway queries;

    @BeforeEach
    void aLongTimeline() {
        SimpleQueryBus queryBus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(projection).subscribe(queryBus);
        queries = DefaultQueryGateway.builder().queryBus(queryBus).build();
        List<RecordedEntry> entries = new ArrayList<>();
        LocalDate day = LocalDate.parse("2000-01-01");
        Source source = new Source("wire", "Wire", "A day of talks", null, "2026-01-01");
        for (int number = 0; number < FACTS; number++) {
            String factId = "fact-" + number;
            entries.add(new RecordedEntry(new TimelineEntryKey("track", factId), "track", factId, "call",
                    "Call " + number, ValidTime.of(day.plusDays(number).toString()), "reporter", null, null, source,
                    "{}", FIRST_RECORDED.plusSeconds(number), (long) number, List.of(), List.of()));
        }
        new TimelineTables(jdbc).write(entries);
    }

    @Test
    void aPageCountsTenThousandEntriesPastItsStartThenSaysAtLeast() {
        TimelinePage first = page(FindTimeline.all().page(0, 100));

        assertThat(first.entries()).hasSize(100);
        assertThat(first.totalExact()).isFalse();
        assertThat(first.total()).isEqualTo(ListTotal.COUNTED_PAST_PAGE + 1).isLessThan(FACTS);
    }

    @Test
    void aPageWithinTenThousandEntriesOfTheEndCountsExactly() {
        TimelinePage second = page(FindTimeline.all().page(1, 100));

        assertThat(second.totalExact()).isTrue();
        assertThat(second.total()).isEqualTo(FACTS);
    }

    @Test
    void aFilteredListIsCountedAsFiltered() {
        Instant known = FIRST_RECORDED.plusSeconds(149);

        TimelinePage asKnown = page(FindTimeline.all().asOf(null, known).page(0, 100));

        assertThat(asKnown.totalExact()).isTrue();
        assertThat(asKnown.total()).isEqualTo(150);
    }

    @Test
    void aPagePastTheEndCountsTheWholeList() {
        TimelinePage beyond = page(FindTimeline.all().page(FACTS / 100 + 5, 100));

        assertThat(beyond.entries()).isEmpty();
        assertThat(beyond.totalExact()).isTrue();
        assertThat(beyond.total()).isEqualTo(FACTS);
    }

    private TimelinePage page(FindTimeline query) {
        return queries.query(query, ResponseTypes.instanceOf(TimelinePage.class)).join();
    }
}
