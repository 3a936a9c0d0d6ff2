package com.negotiationtracker.query.timeline;

import com.negotiationtracker.query.batch.IndexHints;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;

import static com.negotiationtracker.query.batch.SqlValues.time;

/**
 * Counts a filtered timeline for its page ({@link ListTotal}), walking the index that bounds the walk.
 * <p>
 * The count as of a valid and a record time walks the timeline in valid-time order ({@value #BY_VALID_TIME}, which
 * holds the record time), counting the facts recorded by {@code knownAt}, until it has counted as far as
 * {@link ListTotal} counts. When few facts had been recorded by {@code knownAt}, few match and that walk went on
 * through every fact up to {@code validAt}: a hundred thousand entries on a store of that many facts, to count a
 * thousand. Then the facts recorded by {@code knownAt} are walked instead, in record-time order
 * ({@value #BY_RECORD_TIME}, which holds the valid start): no more than {@link ListTotal} would count. Only H2 is told;
 * PostgreSQL weighs the two by the statistics it keeps of each column.
 */
final class TimelineTotal {

    /** The timeline's page order: valid start, global position, record time, track, fact id (V8). */
    static final String BY_VALID_TIME = "ix_timeline_entry_page";
    /** Record time, then valid start (V16). */
    static final String BY_RECORD_TIME = "ix_timeline_entry_recorded";

    private final JdbcTemplate jdbc;
    private final IndexHints hints;

    TimelineTotal(JdbcTemplate jdbc, IndexHints hints) {
        this.jdbc = jdbc;
        this.hints = hints;
    }

    ListTotal of(TimelineFilter filter, int offset) {
        return ListTotal.count(jdbc, fromWhere(filter), filter.arguments(), offset);
    }

    /** The filtered timeline in SQL, through the index to walk. */
    String fromWhere(TimelineFilter filter) {
        return " from timeline_entry e" + hints.use(walk(filter.knownAt())) + filter.sqlWhere();
    }

    /** The index to walk: by record time when fewer facts were recorded by {@code knownAt} than a count counts. */
    String walk(Instant knownAt) {
        if (knownAt == null || !hints.given()) {
            return BY_VALID_TIME;
        }
        Integer recorded = jdbc.queryForObject("select count(*) from (select 1 as entry from timeline_entry"
                + hints.use(BY_RECORD_TIME) + " where recorded_at <= ? fetch first ? rows only) recorded",
                Integer.class, time(knownAt), ListTotal.COUNTED_PAST_PAGE + 1);
        return recorded <= ListTotal.COUNTED_PAST_PAGE ? BY_RECORD_TIME : BY_VALID_TIME;
    }
}
