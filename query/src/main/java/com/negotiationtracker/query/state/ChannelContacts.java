package com.negotiationtracker.query.state;

import com.negotiationtracker.query.batch.IndexHints;
import com.negotiationtracker.query.batch.SqlValues;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.negotiationtracker.query.state.StateInputs.time;

/**
 * How many contacts each channel had up to valid time {@code validAt} as the record stood at record time
 * {@code knownAt}: the contacts that start each version of it the record held then and that starts by then, added up
 * ({@link ChannelVersion}). The versions that start with contacts are mirrored, with their counts, in
 * {@code state_channel_contact} (V18, written by {@link HistoryWrites}), whose index holds what the sum reads: one
 * range a channel, of the versions it had up to {@code validAt}, each tested for its record interval.
 */
final class ChannelContacts {

    /** A channel's versions by valid start, with their record intervals and counts (V18). */
    static final String SUM_INDEX = "ix_state_channel_contact_sum";

    private final JdbcTemplate jdbc;
    private final String sum;

    ChannelContacts(JdbcTemplate jdbc, IndexHints hints) {
        this.jdbc = jdbc;
        this.sum = "select channel_key, sum(contacts) as contacts from state_channel_contact" + hints.use(SUM_INDEX)
                + " where channel_key in (%s) and valid_from <= ?"
                + " and recorded_from <= ? and (recorded_to is null or recorded_to > ?) group by channel_key";
    }

    /** The sum as sent for {@code channels} keys: for checking its plan. */
    String query(int channels) {
        return sum.formatted(String.join(", ", Collections.nCopies(channels, "?")));
    }

    /** The count of each channel of {@code keys} that had any contact by then; the others have none. */
    Map<String, Integer> countsAt(Collection<String> keys, Instant validAt, Instant knownAt) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> chunk : SqlValues.chunks(List.copyOf(keys))) {
            // padded to a few sizes with the last key, so that few statement texts serve every query (stay parsed)
            int size = SqlValues.paddedSize(chunk.size());
            List<Object> arguments = new ArrayList<>(size + 3);
            for (int i = 0; i < size; i++) {
                arguments.add(chunk.get(Math.min(i, chunk.size() - 1)));
            }
            arguments.addAll(List.of(time(validAt), time(knownAt), time(knownAt)));
            jdbc.query(query(size), row -> {
                counts.put(row.getString("channel_key"), row.getInt("contacts"));
            }, arguments.toArray());
        }
        return counts;
    }

    void clear() {
        jdbc.update("delete from state_channel_contact");
    }
}
