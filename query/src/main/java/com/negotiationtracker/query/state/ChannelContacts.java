package com.negotiationtracker.query.state;

import com.negotiationtracker.query.batch.Branches;
import com.negotiationtracker.query.batch.IndexHints;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.negotiationtracker.query.state.StateInputs.time;

/**
 * How many contacts each channel had up to valid time {@code validAt} as the record stood at record time
 * {@code knownAt}: the contacts that start each version of it the record held then, up to then, added up
 * ({@link ChannelVersion}). Those before the year of the last contact are counted already ({@link ChannelYears}); the
 * versions of that year are added to them, from the versions that start with contacts ({@code state_channel_contact},
 * mirrored by {@link HistoryWrites}), along an index that holds what the sum reads: a year of a channel, not its whole
 * history.
 */
final class ChannelContacts {

    /** A channel's versions that start with contacts, by valid start, with record intervals and counts (V18). */
    static final String SUM_INDEX = "ix_state_channel_contact_sum";
    private final JdbcTemplate jdbc;
    private final Branches branches;
    private final String branch;

    ChannelContacts(JdbcTemplate jdbc, IndexHints hints) {
        this.jdbc = jdbc;
        this.branches = Branches.of(jdbc.getDataSource());
        // a year's count changes with each contact reported late before it: its rows are read backwards from the
        // record time asked about and the first is the one held then (they follow each other, from SINCE_EVER on),
        // instead of reading every row recorded by then (ordering by every leading column descending makes H2 read
        // the primary key's index backwards, as VersionsAt does)
        this.branch = "select cast(? as varchar(300)) as channel_key,"
                + " coalesce((select contacts_before from state_channel_year where channel_key = ? and year_start = ?"
                + " and recorded_from <= ? order by channel_key desc, year_start desc, recorded_from desc"
                + " fetch first row only), 0)"
                + " + coalesce((select sum(contacts) from state_channel_contact" + hints.use(SUM_INDEX)
                + " where channel_key = ? and valid_from >= ? and valid_from <= ?"
                + " and recorded_from <= ? and (recorded_to is null or recorded_to > ?)), 0) as contacts";
    }

    /** The count of one channel as sent: for checking its plan. */
    String query() {
        return branch;
    }

    /**
     * The count of each channel of {@code lastContacts}, by key, whose value is the valid start of the channel's last
     * contact up to {@code validAt} as known at {@code knownAt} (from its version then).
     */
    Map<String, Integer> countsAt(Map<String, Instant> lastContacts, Instant validAt, Instant knownAt) {
        List<Branches.Branch> counting = lastContacts.entrySet().stream().map(channel -> {
            String key = channel.getKey();
            Object year = time(ChannelYears.yearOf(channel.getValue()));
            return new Branches.Branch(branch, List.of(key, key, year, time(knownAt), key, year, time(validAt),
                    time(knownAt), time(knownAt)));
        }).toList();
        Map<String, Integer> counts = new HashMap<>();
        branches.readByKey(counting, (sql, arguments) -> jdbc.query(sql, (row, number) ->
                        Map.entry(row.getString("channel_key"), row.getInt("contacts")), arguments))
                .forEach(count -> counts.put(count.getKey(), count.getValue()));
        return counts;
    }
}
