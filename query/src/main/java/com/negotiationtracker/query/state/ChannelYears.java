package com.negotiationtracker.query.state;

import com.negotiationtracker.query.batch.SqlValues;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import static com.negotiationtracker.query.state.StateInputs.instant;
import static com.negotiationtracker.query.state.StateInputs.time;

/**
 * How many contacts each channel had before each year (UTC) it has contacts in, over record time
 * ({@code state_channel_year}, V18): what {@link ChannelContacts} adds a year's versions to, so that a count reads one
 * year of a channel's history, not all of it. A channel's rows are a function of its versions that start with
 * contacts ({@code state_channel_contact}): {@link #recompute} makes them so, and is needed only when those versions
 * change in a year before the channel's latest one (a contact reported late), or in a year it had no contact in, or
 * when one of them goes. A new contact in the latest year changes no year's count before it.
 */
final class ChannelYears {

    private final JdbcTemplate jdbc;

    ChannelYears(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The start (UTC) of the year {@code instant} falls in. */
    static Instant yearOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).withDayOfYear(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The latest year each channel has rows for, by key; none for a channel without rows. */
    Map<String, Instant> latestYears(Collection<String> keys) {
        Map<String, Instant> latest = new HashMap<>();
        for (List<String> chunk : SqlValues.chunks(List.copyOf(keys))) {
            jdbc.query("select channel_key, max(year_start) as latest from state_channel_year where channel_key in ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ") group by channel_key", row -> {
                        latest.put(row.getString("channel_key"), instant(row, "latest"));
                    }, chunk.toArray());
        }
        return latest;
    }

    /** Makes a channel's rows those its versions that start with contacts give, as the table holds them now. */
    void recompute(String key) {
        List<Contacts> versions = jdbc.query("select valid_from, recorded_from, recorded_to, contacts"
                        + " from state_channel_contact where channel_key = ? order by valid_from",
                (row, number) -> new Contacts(instant(row, "valid_from"), instant(row, "recorded_from"),
                        instant(row, "recorded_to"), row.getInt("contacts")), key);
        Map<List<Instant>, YearRow> wanted = byKey(rowsOf(versions));
        Map<List<Instant>, YearRow> stored = byKey(jdbc.query("select year_start, recorded_from, recorded_to,"
                        + " contacts_before from state_channel_year where channel_key = ?",
                (row, number) -> new YearRow(instant(row, "year_start"), instant(row, "recorded_from"),
                        instant(row, "recorded_to"), row.getInt("contacts_before")), key));
        List<Object[]> deletes = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        stored.forEach((rowKey, row) -> {
            if (!row.equals(wanted.get(rowKey))) {
                deletes.add(new Object[] {key, time(row.year()), time(row.recordedFrom())});
            }
        });
        wanted.forEach((rowKey, row) -> {
            if (!row.equals(stored.get(rowKey))) {
                inserts.add(new Object[] {key, time(row.year()), time(row.recordedFrom()), time(row.recordedTo()),
                        row.contactsBefore()});
            }
        });
        if (!deletes.isEmpty()) {
            jdbc.batchUpdate("delete from state_channel_year where channel_key = ? and year_start = ?"
                    + " and recorded_from = ?", deletes);
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("insert into state_channel_year (channel_key, year_start, recorded_from, recorded_to,"
                    + " contacts_before) values (?, ?, ?, ?, ?)", inserts);
        }
    }

    /**
     * For each year one of {@code versions} (in valid-time order) starts in, the count of the contacts that start
     * versions before it, over record time: one row a stretch in which it held, from {@link ValidHistory#SINCE_EVER}
     * (before anything was recorded: none) on, each stretch as long as the count stays.
     */
    static List<YearRow> rowsOf(List<Contacts> versions) {
        TreeSet<Instant> years = new TreeSet<>();
        versions.forEach(version -> years.add(yearOf(version.validFrom())));
        TreeMap<Instant, Integer> changes = new TreeMap<>(); // record time -> how the count changes then
        List<YearRow> rows = new ArrayList<>();
        int before = 0;
        for (Instant year : years) {
            for (; before < versions.size() && versions.get(before).validFrom().isBefore(year); before++) {
                Contacts version = versions.get(before);
                changes.merge(version.recordedFrom(), version.contacts(), Integer::sum);
                if (version.recordedTo() != null) {
                    changes.merge(version.recordedTo(), -version.contacts(), Integer::sum);
                }
            }
            int count = 0;
            Instant from = ValidHistory.SINCE_EVER;
            for (Map.Entry<Instant, Integer> change : changes.entrySet()) {
                if (change.getValue() != 0) {
                    rows.add(new YearRow(year, from, change.getKey(), count));
                    count += change.getValue();
                    from = change.getKey();
                }
            }
            rows.add(new YearRow(year, from, null, count));
        }
        return rows;
    }

    private static Map<List<Instant>, YearRow> byKey(List<YearRow> rows) {
        Map<List<Instant>, YearRow> byKey = new LinkedHashMap<>();
        rows.forEach(row -> byKey.put(List.of(row.year(), row.recordedFrom()), row));
        return byKey;
    }

    /** A version that starts with {@code contacts} contacts, over its record interval. */
    record Contacts(Instant validFrom, Instant recordedFrom, Instant recordedTo, int contacts) {
    }

    /** How many contacts started before {@code year} over the record time {@code [recordedFrom, recordedTo)}. */
    record YearRow(Instant year, Instant recordedFrom, Instant recordedTo, int contactsBefore) {

        YearRow {
            Objects.requireNonNull(year);
            Objects.requireNonNull(recordedFrom);
        }
    }
}
