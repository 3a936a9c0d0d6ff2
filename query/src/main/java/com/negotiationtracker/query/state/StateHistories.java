package com.negotiationtracker.query.state;

import com.negotiationtracker.query.batch.Branches;
import com.negotiationtracker.query.batch.IndexHints;
import com.negotiationtracker.query.timeline.Paging;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import static com.negotiationtracker.query.state.StateInputs.instant;
import static com.negotiationtracker.query.state.StateInputs.time;

/**
 * The bitemporal histories of the diplomatic state ({@code state_history}): written by replacing an entity's rows
 * with a recomputed history, touching only the rows that differ, and read by as-of queries.
 */
final class StateHistories {

    /**
     * The tables a reset empties: the histories, the register of channels, and what {@link HistoryWrites} keeps beside
     * the histories for counting channels' contacts.
     */
    static final List<String> TABLES = List.of("state_history", "state_channel", "state_channel_contact",
            "state_channel_year");

    /** Channels' keys looked up at least at a time, when a page of them is filled. */
    private static final int CHANNELS_AT_LEAST = 16;

    private static final String AS_OF = "select entity_kind, entity_key, track, state from state_history"
            + " where valid_from <= ? and (valid_to is null or valid_to > ?)"
            + " and recorded_from <= ? and (recorded_to is null or recorded_to > ?)";

    /** The index of an entity's rows the record still holds (V12), which every per-entity look-up below uses. */
    private static final String OPEN_ROWS = "ix_state_history_open_rows";

    private final JdbcTemplate jdbc;
    private final Branches branches;
    private final VersionsAt versionsAt;
    private final ChannelContacts contacts;
    private final ListPages listPages;
    /** An entity's last version: the one row whose valid time is open-ended that the record still holds. */
    private final String openEnded;
    private final String rowsFrom;
    private final String rowsFromValid;
    private final String rowsMeetingValid;
    private final RowMapper<HistoryRow> rows = (row, number) -> new HistoryRow(
            new Version(instant(row, "valid_from"), instant(row, "valid_to"), row.getString("status"),
                    row.getString("state")),
            instant(row, "recorded_from"), instant(row, "recorded_to"));

    StateHistories(JdbcTemplate jdbc, IndexHints hints) {
        this.jdbc = jdbc;
        this.branches = Branches.of(jdbc.getDataSource());
        this.versionsAt = new VersionsAt(jdbc, hints);
        this.contacts = new ChannelContacts(jdbc, hints);
        this.listPages = new ListPages(jdbc, hints);
        String entity = "select * from state_history" + hints.use(OPEN_ROWS)
                + " where entity_kind = ? and entity_key = ?";
        this.openEnded = entity + " and valid_to is null and recorded_to is null";
        this.rowsFrom = entity + " and recorded_to is null union all " + entity + " and recorded_to >= ?";
        this.rowsFromValid = entity + " and recorded_to is null and valid_to is null"
                + " union all " + entity + " and recorded_to is null and valid_to >= ?"
                + " union all " + entity + " and recorded_to >= ? and (valid_to is null or valid_to >= ?)";
        // the version held is one history in valid time, its stretches apart: those that start before the window's
        // end are among the ones ending in it, the first ending after it (the one the end falls in, if any) and the
        // open-ended one. Each is a range of the open rows' index, the third read along it (ordered by every leading
        // column) and cut at its first row; whether that row starts before the end is asked of it alone, after
        this.rowsMeetingValid = entity + " and recorded_to is null and valid_to is null and valid_from < ?"
                + " union all " + entity + " and recorded_to is null and valid_to >= ? and valid_to <= ?"
                + " union all (" + entity + " and recorded_to is null and valid_to > ?"
                + " order by entity_kind, entity_key, recorded_to, valid_to fetch first row only)"
                + " union all " + entity + " and recorded_to >= ? and (valid_to is null or valid_to >= ?)";
    }

    /** The queries of one entity's rows, as sent: for checking their plans. */
    List<String> entityQueries() {
        return List.of(openEnded, rowsFrom, rowsFromValid, rowsMeetingValid);
    }

    /**
     * The rows of one entity that an input recorded at {@code from} may touch: those still open at or after it. Two
     * branches, each a range of the open rows' index ({@code ix_state_history_open_rows}, V12), so that what is read
     * is what is returned, not every version the entity ever had (an {@code or} would make the database read them
     * all).
     */
    List<HistoryRow> rowsFrom(EntityKind kind, String key, Instant from) {
        return branches.readUnion(rowsFrom, new Object[] {kind.column(), key, kind.column(), key, time(from)},
                this::historyRows);
    }

    /**
     * Of the rows {@link #rowsFrom(EntityKind, String, Instant)} gives, those whose valid time ends at or after
     * {@code validFrom} (or not at all): each branch a range of the same index.
     */
    List<HistoryRow> rowsFrom(EntityKind kind, String key, Instant from, Instant validFrom) {
        return branches.readUnion(rowsFromValid, new Object[] {kind.column(), key, kind.column(), key,
                time(validFrom), kind.column(), key, time(from), time(validFrom)}, this::historyRows);
    }

    /**
     * Of the rows {@link #rowsFrom(EntityKind, String, Instant, Instant)} gives, those held that start before
     * {@code validBefore}, with every row closed at or after {@code from}: a stretch of valid time of a long history,
     * for a fact reported late whose fold settles within days ({@link LateFacts}). Each branch a range of the same
     * index, none walking the history after the stretch.
     */
    List<HistoryRow> rowsMeeting(EntityKind kind, String key, Instant from, Instant validFrom, Instant validBefore) {
        String k = kind.column();
        return branches.readUnion(rowsMeetingValid, new Object[] {k, key, time(validBefore), k, key,
                time(validFrom), time(validBefore), k, key, time(validBefore), k, key, time(from), time(validFrom)},
                this::historyRows).stream()
                .filter(row -> row.recordedTo() != null || row.version().validFrom().isBefore(validBefore))
                .toList();
    }

    /** The rows of one entity still held whose valid time is open-ended: one, the last version, unless it has none. */
    List<HistoryRow> openEnded(EntityKind kind, String key) {
        return jdbc.query(openEnded, rows, kind.column(), key);
    }

    /**
     * The same for many entities at once, {@code ids} being {@code [entity_kind, entity_key]} each: the rows by id,
     * for the ids that have any. Each entity is a look-up of its own ({@link Branches}), so that each is an index
     * look-up (a row-value list would only narrow the index to the kinds).
     */
    Map<List<String>, List<HistoryRow>> openEnded(List<List<String>> ids) {
        Map<List<String>, Map<List<Instant>, HistoryRow>> found = new HashMap<>();
        // the rows are told apart by their key: a branch repeated to keep statement texts few is read twice, kept once
        branches.readByKey(ids.stream().map(id -> new Branches.Branch(openEnded, id)).toList(),
                (sql, arguments) -> jdbc.query(sql, this::keyedRow, arguments)).forEach(keyed -> found
                .computeIfAbsent(keyed.id(), id -> new LinkedHashMap<>())
                .put(List.of(keyed.row().recordedFrom(), keyed.row().version().validFrom()), keyed.row()));
        Map<List<String>, List<HistoryRow>> byId = new HashMap<>();
        found.forEach((id, rowsOfId) -> byId.put(id, List.copyOf(rowsOfId.values())));
        return byId;
    }

    /** The rows of every entity of a kind that an input recorded at {@code from} may touch, by key. */
    Map<String, List<HistoryRow>> rowsFrom(EntityKind kind, Instant from) {
        Map<String, List<HistoryRow>> byKey = new TreeMap<>();
        jdbc.query("select * from state_history where entity_kind = ? and (recorded_to is null or recorded_to >= ?)",
                row -> {
                    byKey.computeIfAbsent(row.getString("entity_key"), key -> new ArrayList<>())
                            .add(rows.mapRow(row, 0));
                }, kind.column(), time(from));
        return byKey;
    }

    /**
     * Makes the stored rows of one entity (those an input may touch) the wanted ones: rows no longer wanted go (this
     * happens only when inputs were handled out of the order of their record times), rows the record stopped holding
     * get their {@code recorded_to}, new rows are added. A history recomputed from the same inputs writes nothing.
     * The writes go to {@code writes}, which sends them when the batch ends.
     */
    static void replace(HistoryWrites writes, EntityKind kind, String key, String track, List<HistoryRow> wanted,
                        List<HistoryRow> stored) {
        Map<HistoryRow.Identity, HistoryRow> want = byIdentity(wanted);
        Map<HistoryRow.Identity, HistoryRow> have = byIdentity(stored);
        // deletes first: a version replaced by another with the same record and valid start shares its key
        have.forEach((identity, row) -> {
            if (!want.containsKey(identity)) {
                writes.delete(kind, key, row);
            }
        });
        want.forEach((identity, row) -> {
            HistoryRow existing = have.get(identity);
            if (existing == null) {
                writes.insert(kind, key, track, row);
            } else if (!Objects.equals(existing.recordedTo(), row.recordedTo())) {
                writes.update(kind, key, track, row);
            }
        });
    }

    HistoryWrites writes() {
        return new HistoryWrites(jdbc);
    }

    /**
     * One page of the channels that hold at valid time {@code validAt} as the record stood at record time
     * {@code knownAt}, in key order, from the channels' register: each channel's version found by itself
     * ({@link VersionsAt}) and the page's contacts counted ({@link ChannelContacts}), so that no channel's whole
     * history is read. The register's keys are looked up a few more at a time than the page still needs (a channel
     * that had no contact by {@code validAt}, or was not recorded by {@code knownAt}, has no version and takes no
     * place), until the page is full and one more is found, or the keys run out: the first page of a world of many
     * channels reads the versions of about that many.
     */
    ChannelPage channelsAt(Instant validAt, Instant knownAt, Paging page) {
        List<String> keys = channelKeys();
        List<StoredState> onThePage = new ArrayList<>();
        boolean more = false;
        int passed = 0;
        int next = 0;
        while (next < keys.size() && !more) {
            int wanted = page.offset() + page.size() + 1 - passed - onThePage.size();
            List<String> chunk = keys.subList(next, Math.min(keys.size(), next + Math.max(wanted, CHANNELS_AT_LEAST)));
            next += chunk.size();
            for (StoredState version : versionsOf(chunk, validAt, knownAt)) {
                if (passed < page.offset()) {
                    passed++;
                } else if (onThePage.size() < page.size()) {
                    onThePage.add(version);
                } else {
                    more = true;
                    break;
                }
            }
        }
        return new ChannelPage(page, shown(onThePage, validAt, knownAt), more);
    }

    /** The state at valid time {@code validAt} as known at {@code knownAt} of the channels with the given keys. */
    List<ChannelState> channelsAt(Instant validAt, Instant knownAt, Collection<String> keys) {
        return shown(versionsOf(keys, validAt, knownAt), validAt, knownAt);
    }

    /** The channels' versions that hold at {@code validAt} as known at {@code knownAt}, in key order. */
    private List<StoredState> versionsOf(Collection<String> keys, Instant validAt, Instant knownAt) {
        return versionsAt.of(keys.stream().map(key -> List.of(EntityKind.CHANNEL.column(), key)).toList(), validAt,
                knownAt);
    }

    /** The channels as shown: their versions, with the contacts each had up to {@code validAt} counted. */
    private List<ChannelState> shown(List<StoredState> versions, Instant validAt, Instant knownAt) {
        Map<String, ChannelVersion> channels = new LinkedHashMap<>();
        Map<String, Instant> lastContacts = new HashMap<>();
        versions.forEach(version -> {
            ChannelVersion channel = StateJson.read(version.state(), ChannelVersion.class);
            channels.put(version.key(), channel);
            if (channel.lastContact() != null) {
                lastContacts.put(version.key(), channel.lastContact().from());
            }
        });
        Map<String, Integer> counts = contacts.countsAt(lastContacts, validAt, knownAt);
        List<ChannelState> shown = new ArrayList<>();
        channels.forEach((key, channel) -> shown.add(channel.shown(counts.getOrDefault(key, 0))));
        return shown;
    }

    /** The count of one channel's contacts as sent: for checking its plan. */
    String contactsQuery() {
        return contacts.query();
    }

    /** The histories are being written or emptied in the current transaction (see {@link ListPages#changed()}). */
    void changedOnCommit() {
        listPages.changedOnCommit();
    }

    /** One page of each list of the given tracks at both times, newest first (see {@link ListPages}). */
    ListPages.Found lists(Instant validAt, Instant knownAt, List<String> tracks, Paging page) {
        return listPages.of(validAt, knownAt, tracks, page);
    }

    /** The statements of one of a track's lists, as sent ({@link ListPages#branches()}): for checking their plans. */
    List<String> listQueries() {
        return listPages.branches();
    }

    /** Every channel the histories hold, from their register (V15), in key order. */
    List<String> channelKeys() {
        return jdbc.queryForList("select channel_key from state_channel order by channel_key", String.class);
    }

    /**
     * The phase of each given track at valid time {@code validAt} as the record stood at record time {@code knownAt}:
     * one branch a track, each a range of the index on track, so that no other track's history is read. The tracks'
     * lists are {@link #lists read a page at a time}.
     */
    List<StoredState> phasesOf(Instant validAt, Instant knownAt, Collection<String> tracks) {
        if (tracks.isEmpty()) {
            return List.of();
        }
        String phase = AS_OF + " and track = ? and entity_kind = ?";
        List<Branches.Branch> lookUps = tracks.stream().map(track -> new Branches.Branch(phase, List.of(time(validAt),
                time(validAt), time(knownAt), time(knownAt), track, EntityKind.TRACK.column()))).toList();
        // the tracks come in key order: one statement a track keeps it, and united statements are ordered by it
        return branches.read(lookUps, "order by entity_key",
                (sql, arguments) -> jdbc.query(sql, this::storedState, arguments));
    }

    private List<HistoryRow> historyRows(String sql, Object[] arguments) {
        return jdbc.query(sql, rows, arguments);
    }

    private KeyedRow keyedRow(ResultSet row, int number) throws SQLException {
        return new KeyedRow(List.of(row.getString("entity_kind"), row.getString("entity_key")),
                rows.mapRow(row, number));
    }

    /** A history row with the {@code [entity_kind, entity_key]} of its entity. */
    private record KeyedRow(List<String> id, HistoryRow row) {
    }

    private StoredState storedState(ResultSet row, int number) throws SQLException {
        return new StoredState(EntityKind.ofColumn(row.getString("entity_kind")), row.getString("entity_key"),
                row.getString("track"), row.getString("state"));
    }

    private static Map<HistoryRow.Identity, HistoryRow> byIdentity(List<HistoryRow> rows) {
        Map<HistoryRow.Identity, HistoryRow> byIdentity = new LinkedHashMap<>();
        rows.forEach(row -> byIdentity.put(row.identity(), row));
        return byIdentity;
    }
}
