package com.negotiationtracker.query.timeline;

import com.negotiationtracker.query.batch.IndexHints;
import com.negotiationtracker.query.batch.ReadModelChanges;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;

import static com.negotiationtracker.query.batch.SqlValues.instant;

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
 * <p>
 * Which of the two to walk depends on {@code knownAt} only through one moment of the timeline: the record time of
 * its fact {@link ListTotal#COUNTED_PAST_PAGE} + 1 in record order, before which fewer facts had been recorded than a
 * count counts. Finding it walks that many entries, as much as a count, so it is kept until the timeline changes
 * ({@link #changed()}) instead of being found again at every page; it only chooses the walk, never the count.
 */
final class TimelineTotal {

    /** The timeline's page order: valid start, global position, record time, track, fact id (V8). */
    static final String BY_VALID_TIME = "ix_timeline_entry_page";
    /** Record time, then valid start (V16). */
    static final String BY_RECORD_TIME = "ix_timeline_entry_recorded";

    private final JdbcTemplate jdbc;
    private final IndexHints hints;
    private final ReadModelChanges changes = new ReadModelChanges();
    private volatile CountedBy countedBy;

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
        Instant moreRecorded = countedBy().moment();
        return moreRecorded == null || knownAt.isBefore(moreRecorded) ? BY_RECORD_TIME : BY_VALID_TIME;
    }

    /** The timeline's rows were written or emptied: the moment {@link #walk} goes by is found again when next asked. */
    void changed() {
        changes.changed();
    }

    /** The timeline's rows are being written in the current transaction: {@link #changed()} once it ends. */
    void changedOnCommit() {
        changes.changedOnCommit();
    }

    private CountedBy countedBy() {
        long seen = changes.count();
        CountedBy known = countedBy;
        if (known != null && known.changesSeen() == seen) {
            return known;
        }
        List<Instant> moment = jdbc.query("select recorded_at from timeline_entry" + hints.use(BY_RECORD_TIME)
                        + " order by recorded_at offset ? rows fetch next 1 row only",
                (row, number) -> instant(row, "recorded_at"), ListTotal.COUNTED_PAST_PAGE);
        CountedBy found = new CountedBy(seen, moment.isEmpty() ? null : moment.get(0));
        countedBy = found;
        return found;
    }

    /**
     * The record time of the timeline's fact {@link ListTotal#COUNTED_PAST_PAGE} + 1 in record order (null while it
     * holds fewer), as found after {@code changesSeen} changes.
     */
    private record CountedBy(long changesSeen, Instant moment) {
    }
}
