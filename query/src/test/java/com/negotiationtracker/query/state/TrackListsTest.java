package com.negotiationtracker.query.state;

import com.negotiationtracker.query.timeline.Paging;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static com.negotiationtracker.query.state.StateEvents.importedPlus;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A track's lists come a page at a time, newest first ({@link ListPages}): on random histories (late facts, shared
 * instants, facts handled out of record order) and at random moments on both axes, every page of every list of every
 * track is the slice of what holds then (every row of the histories filtered by both intervals, ordered by valid start
 * and key, newest first), {@code more} names exactly the lists that go on, and the world's page holds the first page
 * of each list of its tracks.
 */
class TrackListsTest {

    private static final Comparator<Map<String, Object>> NEWEST_FIRST = Comparator
            .comparing((Map<String, Object> row) -> (OffsetDateTime) row.get("valid_from"))
            .thenComparing(row -> (String) row.get("entity_key")).reversed();

    private final StateFixture state = new StateFixture();

    @AfterEach
    void close() {
        state.close();
    }

    @ParameterizedTest(name = "history {0}")
    @ValueSource(longs = {1, 2, 3})
    void each_page_of_a_list_is_its_slice_of_what_holds_newest_first(long seed) {
        Random random = new Random(seed);
        List<EventMessage<?>> events = new RandomStateHistory(random, 12).events(220);
        state.deliver(events);
        long lastRecorded = events.get(events.size() - 1).getTimestamp().plusSeconds(60).getEpochSecond();
        ListPages fewRecordedRead = state.listPages(3);

        for (int moment = 0; moment < 40; moment++) {
            Instant validAt = Instant.parse("2019-12-01T00:00:00Z")
                    .plusSeconds(random.nextInt(3 * 365) * 86_400L + random.nextInt(86_400));
            Instant knownAt = importedPlus(random.nextInt((int) (lastRecorded - importedPlus(0).getEpochSecond())));
            int size = 1 + random.nextInt(4);
            for (var track : RandomStateHistory.TRACKS) {
                List<String> invitations = held(validAt, knownAt, track.value(), EntityKind.INVITATION);
                List<String> meetings = held(validAt, knownAt, track.value(), EntityKind.MEETING);
                for (int page = 0; page * size <= Math.max(invitations.size(), meetings.size()); page++) {
                    DiplomaticState answer = state.ask(new DiplomaticStateAt(validAt, knownAt, track.value(), null,
                            new Paging(page, size)));
                    String at = "%s at %s as known at %s, page %d of %d".formatted(track.value(), validAt, knownAt,
                            page, size);

                    assertThat(answer.invitations()).as(at).map(InvitationState::invitation)
                            .isEqualTo(slice(invitations, page, size));
                    assertThat(answer.meetings()).as(at).map(MeetingState::meeting)
                            .isEqualTo(slice(meetings, page, size));
                    assertThat(answer.more()).as(at).containsExactlyElementsOf(Stream.of(
                                    goesOn(invitations, page, size) ? "invitations" : null,
                                    goesOn(meetings, page, size) ? "meetings" : null)
                            .filter(list -> list != null).map(list -> new MoreItems(track.value(), list)).toList());
                    assertThat(answer.listPage()).isEqualTo(page);
                    assertThat(answer.listSize()).isEqualTo(size);
                    // the same page read the other way where few versions were recorded by knownAt (see ListPages)
                    ListPages.Found fewRecorded = fewRecordedRead.of(validAt, knownAt, List.of(track.value()),
                            new Paging(page, size));
                    assertThat(fewRecorded.items()).as(at).filteredOn(item -> item.kind() == EntityKind.MEETING)
                            .map(item -> item.key().substring(track.value().length() + 1))
                            .isEqualTo(slice(meetings, page, size));
                    assertThat(fewRecorded.items()).as(at).filteredOn(item -> item.kind() == EntityKind.INVITATION)
                            .map(item -> item.key().substring(track.value().length() + 1))
                            .isEqualTo(slice(invitations, page, size));
                    assertThat(fewRecorded.more()).as(at).isEqualTo(answer.more());
                }
            }
        }
    }

    @Test
    void the_world_holds_the_first_page_of_each_list_of_its_tracks_in_their_order() {
        Random random = new Random(11);
        state.deliver(new RandomStateHistory(random, 12).events(220));
        Instant validAt = Instant.parse("2021-06-01T00:00:00Z");

        DiplomaticState world = state.ask(new DiplomaticStateAt(validAt, null, null, new Paging(0, 20),
                new Paging(0, 2)));

        List<String> expected = new ArrayList<>();
        List<MoreItems> more = new ArrayList<>();
        for (var track : RandomStateHistory.TRACKS) {
            List<String> invitations = held(validAt, Instant.now(), track.value(), EntityKind.INVITATION);
            slice(invitations, 0, 2).forEach(invitation -> expected.add(track.value() + "/" + invitation));
            if (goesOn(invitations, 0, 2)) {
                more.add(new MoreItems(track.value(), "invitations"));
            }
            if (goesOn(held(validAt, Instant.now(), track.value(), EntityKind.MEETING), 0, 2)) {
                more.add(new MoreItems(track.value(), "meetings"));
            }
        }
        assertThat(world.invitations()).map(invitation -> invitation.track() + "/" + invitation.invitation())
                .isEqualTo(expected);
        assertThat(world.more()).containsExactlyInAnyOrderElementsOf(more);
        assertThat(world.more()).isNotEmpty();
        assertThat(world.listSize()).isEqualTo(2);
    }

    @Test
    void a_list_is_read_along_its_index_newest_first_and_stops_past_the_page() {
        state.fillHistoriesAndAnalyze(40_000);
        OffsetDateTime moment = OffsetDateTime.parse("2025-02-12T00:00:00Z");
        List<String> queries = state.histories().listQueries();

        assertThat(state.plan(queries.get(0), "track-3", "meeting", moment, moment, moment, moment, 6, 0))
                .contains("IX_STATE_HISTORY_LISTS", "TRACK = ?1", "ENTITY_KIND = ?2", "VALID_FROM <= ?3",
                        "index sorted");
        assertThat(state.plan(queries.get(1), "track-3", "meeting", moment, moment, moment, moment, 6, 0))
                .contains("IX_STATE_HISTORY_LIST_RECORDS", "TRACK = ?1", "ENTITY_KIND = ?2", "RECORDED_FROM <= ?5");
    }

    /**
     * As of a record time early in a list's record, the list is read along the index on record time: the versions
     * recorded by then, not everything recorded later (which the walk on valid time would pass on its way); as of a
     * later time, when more than a few were recorded by it, by the walk.
     */
    @Test
    void as_of_an_early_record_time_a_list_reads_what_was_recorded_by_then() {
        List<EventMessage<?>> events = new RandomStateHistory(new Random(5), 12).events(220);
        state.deliver(events);
        ListPages lists = state.listPages(3);
        List<List<String>> invitations = List.of(List.of("a-b", "invitation"));
        Instant early = events.stream().map(EventMessage::getTimestamp)
                .filter(recorded -> versionsRecordedBy("a-b", recorded) == 2).findFirst().orElseThrow();
        Instant validAt = Instant.parse("2030-01-01T00:00:00Z");

        assertThat(lists.readByRecordTime(early, invitations)).containsExactlyElementsOf(invitations);
        Instant halfway = events.get(events.size() / 2).getTimestamp();
        Instant last = events.get(events.size() - 1).getTimestamp();
        assertThat(versionsRecordedBy("a-b", halfway)).isGreaterThan(3)
                .isLessThan(versionsRecordedBy("a-b", last) - 3);
        assertThat(lists.readByRecordTime(halfway, invitations)).as("many on both sides").isEmpty();
        assertThat(lists.readByRecordTime(last, invitations)).as("none recorded later").isEmpty();
        String read = state.rows("explain analyze " + lists.branches().get(1), "a-b", "invitation",
                StateInputs.time(validAt), StateInputs.time(validAt), StateInputs.time(early),
                StateInputs.time(early), 6, 0).toString();
        assertThat(Integer.parseInt(read.replaceAll("(?s).*scanCount: (\\d+).*", "$1"))).isLessThanOrEqualTo(3);
        assertThat(versionsRecordedBy("a-b", Instant.now())).isGreaterThan(20);
    }

    /**
     * Which lists are read by record time is kept between pages, since it depends on knownAt only through one moment
     * of each list's record; once the histories change it is found again.
     */
    @Test
    void a_list_is_read_by_record_time_once_more_of_it_was_recorded_later_and_the_change_told() {
        List<EventMessage<?>> events = new RandomStateHistory(new Random(5), 12).events(220);
        int delivered = 0;
        while (versionsRecordedBy("a-b", Instant.now()) < 2) {
            state.deliver(events.get(delivered++));
        }
        Instant early = events.get(delivered - 1).getTimestamp();
        while (versionsRecordedBy("a-b", Instant.now()) < 5) {
            state.deliver(events.get(delivered++));
        }
        int recordedLater = versionsRecordedBy("a-b", Instant.now()) - versionsRecordedBy("a-b", early);
        ListPages lists = state.listPages(recordedLater);
        List<List<String>> invitations = List.of(List.of("a-b", "invitation"));
        assertThat(lists.readByRecordTime(early, invitations)).as("no more recorded later than a few").isEmpty();

        state.deliver(events.subList(delivered, events.size()));
        assertThat(versionsRecordedBy("a-b", Instant.now()) - versionsRecordedBy("a-b", early))
                .isGreaterThan(recordedLater);
        assertThat(lists.readByRecordTime(early, invitations)).as("kept until the change is told").isEmpty();
        lists.changed();

        assertThat(lists.readByRecordTime(early, invitations)).containsExactlyElementsOf(invitations);
    }

    private int versionsRecordedBy(String track, Instant knownAt) {
        return ((Number) state.rows("select count(*) as versions from state_history where track = ?"
                        + " and entity_kind = 'invitation' and recorded_from <= ?", track, StateInputs.time(knownAt))
                .get(0).get("VERSIONS")).intValue();
    }

    /** The ids of a track's things of one kind that hold at both times, newest first: read from every row. */
    private List<String> held(Instant validAt, Instant knownAt, String track, EntityKind kind) {
        List<Map<String, Object>> rows = new ArrayList<>(state.rows("select entity_key, valid_from from state_history"
                        + " where track = ? and entity_kind = ? and valid_from <= ? and (valid_to is null or valid_to > ?)"
                        + " and recorded_from <= ? and (recorded_to is null or recorded_to > ?)",
                track, kind.column(), StateInputs.time(validAt), StateInputs.time(validAt),
                StateInputs.time(knownAt), StateInputs.time(knownAt)));
        rows.sort(NEWEST_FIRST);
        return rows.stream().map(row -> ((String) row.get("entity_key")).substring(track.length() + 1)).toList();
    }

    private static List<String> slice(List<String> all, int page, int size) {
        return all.subList(Math.min(all.size(), page * size), Math.min(all.size(), (page + 1) * size));
    }

    private static boolean goesOn(List<String> all, int page, int size) {
        return all.size() > (page + 1) * size;
    }
}
