package com.negotiationtracker.query.position;

import com.negotiationtracker.query.batch.Branches;
import com.negotiationtracker.query.batch.IndexHints;
import com.negotiationtracker.query.batch.VersionLookups;
import com.negotiationtracker.query.timeline.ListTotal;
import com.negotiationtracker.query.timeline.Paging;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.negotiationtracker.query.batch.SqlValues.instant;
import static com.negotiationtracker.query.batch.SqlValues.time;

/**
 * A page of the positions matrix at valid time {@code validAt} as the record stood at record time {@code knownAt},
 * read subject by subject instead of through every version of every subject.
 * <p>
 * A party's position on an issue has at most one version holding at a moment, but hundreds of versions in all on a
 * large store (one for each stance, and more for each stance reported late): a page walked in subject order through
 * every version, skipping those that did not hold, read hundreds of entries for each it showed, and its count read
 * them all. Here the subjects come from their register ({@code position_subject}, in party and issue order) and each
 * version from one or two index look-ups ({@link VersionLookups}).
 * <p>
 * Which subjects have a position at a moment is known from their stances alone: the versions the record held at
 * {@code knownAt} cover valid time from the earliest stance recorded by then onwards (each stance holds until the next
 * in valid time, the last one on), so a subject has a position exactly when one of its stances recorded by
 * {@code knownAt} starts by {@code validAt}. That test is the first entry or so of the stances' index on valid time,
 * which also holds the record time (V16), so that neither the stance rows nor the versions are read to count.
 */
final class PositionsAt {

    /** A subject's versions by valid end then record start (V16): its open-ended ones, latest recorded first. */
    static final String OPEN_ENDED = "ix_position_version_open_ended";
    /** A subject's versions by valid start (V4). */
    static final String VALID_STARTS = "ix_position_version_subject";
    /** A subject's stances by valid start, with their record time (V16). */
    static final String STANCES = "ix_position_statement_valid";

    private static final String SUBJECTS = "select s.party, s.issue";
    private static final String PAGE = " order by s.party, s.issue offset ? rows fetch next ? rows only";

    private final JdbcTemplate jdbc;
    private final VersionLookups lookUps;
    private final String subjectsWithAPosition;

    PositionsAt(JdbcTemplate jdbc, IndexHints hints) {
        this.jdbc = jdbc;
        this.lookUps = new VersionLookups(hints, Branches.of(jdbc.getDataSource()), "select * from position_version",
                List.of("party", "issue"), OPEN_ENDED, VALID_STARTS);
        this.subjectsWithAPosition = " from position_subject s where exists (select 1 from position_statement t"
                + hints.use(STANCES) + " where t.party = s.party and t.issue = s.issue and t.valid_from <= ?"
                + " and t.recorded_at <= ?)";
    }

    /** The look-ups as sent, unfiltered: the subjects' page, then a subject's version (two ways). */
    List<String> queries() {
        List<String> queries = new ArrayList<>(List.of(SUBJECTS + subjectsWithAPosition + PAGE));
        queries.addAll(lookUps.queries());
        return queries;
    }

    /**
     * The page {@code paging} of the positions of the subjects {@code party} and {@code issue} select (either null
     * for any), in party then issue order, and how many there are.
     */
    PositionsPage page(Instant validAt, Instant knownAt, String party, String issue, Paging paging) {
        List<Object> arguments = new ArrayList<>(List.of(time(validAt), time(knownAt)));
        StringBuilder fromWhere = new StringBuilder(subjectsWithAPosition);
        if (party != null) {
            fromWhere.append(" and s.party = ?");
            arguments.add(party);
        }
        if (issue != null) {
            fromWhere.append(" and s.issue = ?");
            arguments.add(issue);
        }
        // the subjects are few (one a party and issue) and cheap to read: the page and the count read them in one go
        List<Object> ahead = new ArrayList<>(arguments);
        ahead.addAll(List.of(paging.offset(), ListTotal.COUNTED_PAST_PAGE + 1));
        List<SubjectKey> fromOffset = jdbc.query(SUBJECTS + fromWhere + PAGE,
                (row, number) -> new SubjectKey(row.getString("party"), row.getString("issue")), ahead.toArray());
        List<SubjectKey> subjects = fromOffset.subList(0, Math.min(paging.size(), fromOffset.size()));
        List<PositionView> entries = List.copyOf(lookUps.of(subjects,
                subject -> List.of(subject.party(), subject.issue()), validAt, knownAt,
                (sql, values) -> jdbc.query(sql, PositionsAt::version, values), VERSIONS).values());
        return new PositionsPage(validAt, knownAt, entries, paging, ListTotal.readAhead(paging.offset(),
                fromOffset.size(), () -> jdbc.queryForObject("select count(*)" + fromWhere, Long.class,
                        arguments.toArray())));
    }

    private static PositionView version(ResultSet row, int number) throws SQLException {
        return StatedStance.read(row).position(row.getString("party"), row.getString("issue"),
                instant(row, "valid_from"), instant(row, "valid_to"), instant(row, "recorded_from"),
                row.getString("track"), row.getString("fact_id"));
    }

    private static final VersionLookups.Rows<SubjectKey, PositionView> VERSIONS = new VersionLookups.Rows<>() {
        @Override
        public SubjectKey entity(PositionView row) {
            return new SubjectKey(row.party(), row.issue());
        }

        @Override
        public Instant validFrom(PositionView row) {
            return row.validFrom();
        }
    };
}
