package com.negotiationtracker.query.state;

import com.negotiationtracker.query.batch.Branches;
import com.negotiationtracker.query.batch.IndexHints;
import com.negotiationtracker.query.batch.ReadModelChanges;
import com.negotiationtracker.query.timeline.Paging;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static com.negotiationtracker.query.state.StateInputs.instant;
import static com.negotiationtracker.query.state.StateInputs.time;

/**
 * One page of each list of some tracks ({@link EntityKind#LISTS}) at a valid and a record time, newest first: by
 * when the state shown began, then by key, both descending.
 * <p>
 * Each list is a branch of its own that walks the index on (track, kind, valid start) backwards from the valid time
 * ({@value #BY_VALID_TIME}, V17) and stops one item past the page, so that a page costs the items before and on it and
 * the versions passed on the way (those that ended by the valid time, or that the record did not hold at the record
 * time), not every version the track ever had. The item past the page says whether the list goes on.
 * <p>
 * As of a record time by which little of a list had been recorded, that walk would pass everything recorded later
 * (a track's whole list, as of a moment early in its record) to find the little there was. On H2, where a query names
 * its index, a list is first probed along its index on record time ({@value #BY_RECORD_TIME}, V17): when more than
 * {@value #FEW} of its versions were recorded after {@code knownAt} and no more than that by it, those few are read
 * through that index and ordered; otherwise the walk on valid time passes at most {@value #FEW} versions recorded
 * later, or the list has that many on both sides of {@code knownAt} and the walk passes those recorded later.
 * PostgreSQL weighs the two indexes by the statistics it keeps and is not told.
 * <p>
 * Whether a list is read by record time depends on {@code knownAt} only through one moment of the list's record: the
 * earlier of the record starts of its version {@value #FEW} + 1 counted from its first and from its last (none for a
 * list with no more versions than that); before that moment fewer than that many were recorded and more than that
 * many were recorded later. Finding it walks as many entries as the probes it replaces, so each list's is kept until
 * the state's histories change ({@link #changed()}) instead of being found again at every page.
 */
final class ListPages {

    /** Track, kind, valid start, key, then the other time columns, which the walk tests on every entry. */
    static final String BY_VALID_TIME = "ix_state_history_lists";
    /** Track, kind, record start. */
    static final String BY_RECORD_TIME = "ix_state_history_list_records";
    /** Versions recorded on one side of {@code knownAt} that a list's walk may pass or read. */
    static final int FEW = 200;

    private static final String HELD = " where track = ? and entity_kind = ? and valid_from <= ?"
            + " and (valid_to is null or valid_to > ?)"
            + " and recorded_from <= ? and (recorded_to is null or recorded_to > ?)"
            // the equal leading columns too, or H2 would sort every row of the range instead of reading in order
            + " order by track desc, entity_kind desc, valid_from desc, entity_key desc limit ? offset ?)";

    private final JdbcTemplate jdbc;
    private final Branches branches;
    private final IndexHints hints;
    private final int few;
    private final String byValidTime;
    private final String byRecordTime;
    private final ReadModelChanges changes = new ReadModelChanges();
    private volatile Moments moments = new Moments(-1);

    ListPages(JdbcTemplate jdbc, IndexHints hints) {
        this(jdbc, hints, FEW);
    }

    /** With {@code few} instead of {@value #FEW}: for tests on small histories. */
    ListPages(JdbcTemplate jdbc, IndexHints hints, int few) {
        this.jdbc = jdbc;
        this.branches = Branches.of(jdbc.getDataSource());
        this.hints = hints;
        this.few = few;
        String select = "(select entity_kind, entity_key, track, state, valid_from from state_history";
        this.byValidTime = select + hints.use(BY_VALID_TIME) + HELD;
        this.byRecordTime = select + hints.use(BY_RECORD_TIME) + HELD;
    }

    /** What a page of lists holds: the items, track by track in the order asked, and the lists that go on. */
    record Found(List<StoredState> items, List<MoreItems> more) {
    }

    /** The statements of one list, as sent: walking valid time, and reading what was recorded by a record time. */
    List<String> branches() {
        return List.of(byValidTime, byRecordTime);
    }

    Found of(Instant validAt, Instant knownAt, List<String> tracks, Paging page) {
        if (tracks.isEmpty()) {
            return new Found(List.of(), List.of());
        }
        Map<List<String>, List<Item>> lists = new LinkedHashMap<>();
        tracks.forEach(track -> EntityKind.LISTS.forEach(kind ->
                lists.put(List.of(track, kind.column()), new ArrayList<>())));
        Set<List<String>> fewRecorded = readByRecordTime(knownAt, List.copyOf(lists.keySet()));
        List<Branches.Branch> pages = lists.keySet().stream().map(list -> new Branches.Branch(
                fewRecorded.contains(list) ? byRecordTime : byValidTime, List.of(list.get(0), list.get(1),
                time(validAt), time(validAt), time(knownAt), time(knownAt), page.size() + 1, page.offset()))).toList();
        branches.read(pages, (sql, arguments) -> jdbc.query(sql, (row, number) -> new Item(new StoredState(
                        EntityKind.ofColumn(row.getString("entity_kind")), row.getString("entity_key"),
                        row.getString("track"), row.getString("state")), instant(row, "valid_from")), arguments))
                .forEach(item -> lists.get(List.of(item.state().track(), item.state().kind().column())).add(item));
        List<StoredState> items = new ArrayList<>();
        List<MoreItems> more = new ArrayList<>();
        lists.forEach((list, found) -> {
            // united statements promise no order: each list is put back in order here, the sort being stable so that
            // items begun at the same instant stay in the database's key order (its collation's, not Java's)
            found.sort(Item.NEWEST_FIRST);
            found.stream().limit(page.size()).forEach(item -> items.add(item.state()));
            if (found.size() > page.size()) {
                more.add(new MoreItems(list.get(0), EntityKind.ofColumn(list.get(1)).listName()));
            }
        });
        return new Found(items, more);
    }

    /**
     * The lists ({@code [track, kind]} each) with more than {@value #FEW} versions recorded after {@code knownAt} and
     * no more than that by it; on H2 only, and as of a past record time.
     */
    Set<List<String>> readByRecordTime(Instant knownAt, List<List<String>> lists) {
        if (!hints.given() || !knownAt.isBefore(Instant.now())) {
            return Set.of(); // nothing is recorded after now: the walk on valid time passes nothing recorded later
        }
        Map<List<String>, Optional<Instant>> known = currentMoments().byList();
        List<List<String>> unknown = lists.stream().filter(list -> !known.containsKey(list)).toList();
        if (!unknown.isEmpty()) {
            known.putAll(readMoments(unknown));
        }
        return lists.stream().filter(list -> known.get(list).filter(knownAt::isBefore).isPresent())
                .collect(Collectors.toSet());
    }

    /** The histories were written or emptied: each list's moment is found again when next asked. */
    void changed() {
        changes.changed();
    }

    /** The histories are being written or emptied in the current transaction: {@link #changed()} once it ends. */
    void changedOnCommit() {
        changes.changedOnCommit();
    }

    private Moments currentMoments() {
        long seen = changes.count();
        Moments current = moments;
        if (current.changesSeen() != seen) {
            current = new Moments(seen);
            moments = current;
        }
        return current;
    }

    /**
     * Each list's moment before which it reads by record time: the earlier of its version {@value #FEW} + 1's record
     * start counted from the first and from the last, empty for a list with no more versions than that.
     */
    private Map<List<String>, Optional<Instant>> readMoments(List<List<String>> lists) {
        Map<List<String>, Instant> fromFirst = recordStartPastFew(lists, "");
        Map<List<String>, Instant> fromLast = recordStartPastFew(List.copyOf(fromFirst.keySet()), " desc");
        Map<List<String>, Optional<Instant>> read = new HashMap<>();
        lists.forEach(list -> read.put(list, Optional.ofNullable(fromLast.get(list))
                .map(last -> last.isBefore(fromFirst.get(list)) ? last : fromFirst.get(list))));
        return read;
    }

    /** Of each list with more than {@value #FEW} versions, the record start of version {@value #FEW} + 1. */
    private Map<List<String>, Instant> recordStartPastFew(List<List<String>> lists, String order) {
        String pastFew = "select track, entity_kind, recorded_from from state_history" + hints.use(BY_RECORD_TIME)
                + " where track = ? and entity_kind = ?"
                // every leading column in the same order, or H2 would sort the list instead of reading its index
                + " order by track" + order + ", entity_kind" + order + ", recorded_from" + order
                + " offset ? rows fetch next 1 row only";
        List<Branches.Branch> versions = lists.stream().map(list -> new Branches.Branch(pastFew,
                List.of(list.get(0), list.get(1), few))).toList();
        Map<List<String>, Instant> found = new HashMap<>();
        branches.read(versions, (sql, arguments) -> jdbc.query(sql, (row, number) -> Map.entry(
                        List.of(row.getString("track"), row.getString("entity_kind")), instant(row, "recorded_from")),
                arguments)).forEach(entry -> found.put(entry.getKey(), entry.getValue()));
        return found;
    }

    /** Each list's moment as found after {@code changesSeen} changes to the histories. */
    private record Moments(long changesSeen, Map<List<String>, Optional<Instant>> byList) {

        Moments(long changesSeen) {
            this(changesSeen, new ConcurrentHashMap<>());
        }
    }

    private record Item(StoredState state, Instant validFrom) {

        static final Comparator<Item> NEWEST_FIRST = Comparator.comparing(Item::validFrom).reversed();
    }
}
