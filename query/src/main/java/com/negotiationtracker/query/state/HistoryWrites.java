package com.negotiationtracker.query.state;

import com.negotiationtracker.query.batch.SqlValues;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static com.negotiationtracker.query.state.StateInputs.time;

/**
 * What a batch of events writes to {@code state_history} (and to the channels' register, {@code state_channel}, and
 * the tables channels' contacts are counted from, {@code state_channel_contact} and {@code state_channel_year}: see
 * {@link ChannelContacts}), held
 * until the batch ends (or until the table is read) and then sent as a few JDBC batches instead of a few statements
 * per event.
 * <p>
 * Writes are kept by the row's primary key, as the row should end up: a row inserted and changed within the batch is
 * one insert, a row deleted and inserted again one update, a row inserted and deleted again nothing. So the order in
 * which the batches run does not matter, and the table ends as the same writes one after the other would leave it.
 */
final class HistoryWrites {

    private final JdbcTemplate jdbc;
    private final ChannelYears channelYears;
    private final Map<RowKey, Pending> pending = new LinkedHashMap<>();

    HistoryWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.channelYears = new ChannelYears(jdbc);
    }

    /** A row that is in the table (or among these writes) goes. */
    void delete(EntityKind kind, String key, HistoryRow row) {
        RowKey rowKey = RowKey.of(kind, key, row);
        Pending before = pending.get(rowKey);
        if (before != null && !before.inTable()) {
            pending.remove(rowKey); // inserted in this batch: as if it never was
        } else {
            pending.put(rowKey, new Pending(null, null, true));
        }
    }

    /** A new row; its key may be that of a row deleted before in this batch. */
    void insert(EntityKind kind, String key, String track, HistoryRow row) {
        RowKey rowKey = RowKey.of(kind, key, row);
        Pending before = pending.get(rowKey);
        pending.put(rowKey, new Pending(row, track, before != null && before.inTable()));
    }

    /** A row that is in the table (or among these writes), changed. */
    void update(EntityKind kind, String key, String track, HistoryRow row) {
        RowKey rowKey = RowKey.of(kind, key, row);
        Pending before = pending.get(rowKey);
        pending.put(rowKey, new Pending(row, track, before == null || before.inTable()));
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /** Sends what is held to the database, in the current transaction, and forgets it. */
    void flush() {
        List<Object[]> deletes = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        Set<String> channelsAdded = new TreeSet<>();
        Set<String> channelsDeleted = new TreeSet<>();
        List<Object[]> contactDeletes = new ArrayList<>();
        List<Object[]> contactInserts = new ArrayList<>();
        Map<String, TouchedYears> touched = new TreeMap<>();
        pending.forEach((rowKey, write) -> {
            boolean channel = rowKey.kind().equals(EntityKind.CHANNEL.column());
            if (channel) {
                boolean removed = mirrorContacts(rowKey, write, contactDeletes, contactInserts);
                touched.computeIfAbsent(rowKey.key(), key -> new TouchedYears())
                        .add(ChannelYears.yearOf(rowKey.validFrom()), removed);
            }
            if (write.row() == null) {
                deletes.add(rowKey.arguments());
                if (channel) {
                    channelsDeleted.add(rowKey.key());
                }
            } else if (!write.inTable()) {
                if (channel) {
                    channelsAdded.add(rowKey.key());
                }
                Version version = write.row().version();
                inserts.add(new Object[] {rowKey.kind(), rowKey.key(), write.track(), time(version.validFrom()),
                        time(version.validTo()), time(write.row().recordedFrom()), time(write.row().recordedTo()),
                        version.status(), version.state()});
            } else {
                Version version = write.row().version();
                Object[] values = {write.track(), time(version.validTo()), time(write.row().recordedTo()),
                        version.status(), version.state()};
                Object[] arguments = new Object[values.length + 4];
                System.arraycopy(values, 0, arguments, 0, values.length);
                System.arraycopy(rowKey.arguments(), 0, arguments, values.length, 4);
                updates.add(arguments);
            }
        });
        pending.clear();
        String byKey = " where entity_kind = ? and entity_key = ? and recorded_from = ? and valid_from = ?";
        batch("delete from state_history" + byKey, deletes);
        batch("update state_history set track = ?, valid_to = ?, recorded_to = ?, status = ?, state = ?" + byKey,
                updates);
        batch("insert into state_history (entity_kind, entity_key, track, valid_from, valid_to, recorded_from,"
                + " recorded_to, status, state) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts);
        register(channelsAdded, channelsDeleted);
        batch("delete from state_channel_contact where channel_key = ? and recorded_from = ? and valid_from = ?",
                contactDeletes);
        batch("insert into state_channel_contact (channel_key, recorded_from, valid_from, recorded_to, contacts)"
                + " values (?, ?, ?, ?, ?)", contactInserts);
        countContactsBeforeYears(touched);
    }

    /**
     * The writes that keep a channel row's mirror in {@code state_channel_contact}, which holds the rows whose version
     * starts with contacts: a row that was in the table goes from it (whatever it held), and comes back as it is now
     * if its version counts any. Answers whether the mirror may have lost a row.
     */
    private static boolean mirrorContacts(RowKey rowKey, Pending write, List<Object[]> deletes,
                                          List<Object[]> inserts) {
        Object[] key = {rowKey.key(), time(rowKey.recordedFrom()), time(rowKey.validFrom())};
        boolean wasThere = write.row() == null || write.inTable();
        if (wasThere) {
            deletes.add(key);
        }
        int contacts = 0;
        if (write.row() != null) {
            Version version = write.row().version();
            contacts = StateJson.read(version.state(), ChannelVersion.class).contactsStartingAt(version.validFrom());
            if (contacts > 0) {
                inserts.add(new Object[] {key[0], key[1], key[2], time(write.row().recordedTo()), contacts});
            }
        }
        return wasThere && contacts == 0;
    }

    /**
     * Keeps the counts of contacts before each year ({@link ChannelYears}) of the channels whose versions changed:
     * counted again where a version changed in a year before the channel's latest, or in a year it had none in, or
     * may have stopped counting contacts. A channel whose versions changed in its latest year alone (a newest contact,
     * or a late one in the same year) keeps its counts: they are of the contacts before each year, and none follows.
     */
    private void countContactsBeforeYears(Map<String, TouchedYears> touched) {
        if (touched.isEmpty()) {
            return;
        }
        Map<String, Instant> latest = channelYears.latestYears(touched.keySet());
        touched.forEach((key, years) -> {
            Instant latestYear = latest.get(key);
            if (years.removed || latestYear == null || !years.years.equals(Set.of(latestYear))) {
                channelYears.recompute(key);
            }
        });
    }

    /**
     * Keeps the channels' register (V15) the channels that have rows, so that the world's channels are listed without
     * reading their histories. Channels are written under the channels' lock: no other writer changes the same keys
     * meanwhile. A channel whose rows all went (inputs handled out of record order) leaves it, so that the register
     * is the same whatever the order.
     */
    private void register(Set<String> added, Set<String> deleted) {
        if (!added.isEmpty()) {
            Set<String> known = new TreeSet<>();
            for (List<String> chunk : SqlValues.chunks(List.copyOf(added))) {
                known.addAll(jdbc.queryForList("select channel_key from state_channel where channel_key in ("
                        + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")", String.class,
                        chunk.toArray()));
            }
            batch("insert into state_channel (channel_key) values (?)", added.stream()
                    .filter(key -> !known.contains(key)).map(key -> new Object[] {key}).toList());
        }
        batch("delete from state_channel where channel_key = ? and not exists (select 1 from state_history"
                + " where entity_kind = 'channel' and entity_key = ?)", deleted.stream()
                .filter(key -> !added.contains(key)).map(key -> new Object[] {key, key}).toList());
    }

    /** The years (UTC) in which a batch changed a channel's versions, and whether it may have removed one's count. */
    private static final class TouchedYears {

        private final Set<Instant> years = new TreeSet<>();
        private boolean removed;

        void add(Instant year, boolean removedThere) {
            years.add(year);
            removed |= removedThere;
        }
    }

    /** Forgets what is held without writing it (the tables are being emptied). */
    void discard() {
        pending.clear();
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }

    /** The primary key of a {@code state_history} row. */
    private record RowKey(String kind, String key, Instant recordedFrom, Instant validFrom) {

        static RowKey of(EntityKind kind, String key, HistoryRow row) {
            return new RowKey(kind.column(), key, row.recordedFrom(), row.version().validFrom());
        }

        Object[] arguments() {
            return new Object[] {kind, key, time(recordedFrom), time(validFrom)};
        }
    }

    /**
     * How a row should end up: {@code row} null for deleted; {@code inTable} whether the table holds a row with this
     * key now (before these writes), which makes a write an update rather than an insert.
     */
    private record Pending(HistoryRow row, String track, boolean inTable) {
    }
}
