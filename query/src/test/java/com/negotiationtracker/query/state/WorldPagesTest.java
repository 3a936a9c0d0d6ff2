package com.negotiationtracker.query.state;

import com.negotiationtracker.query.timeline.Paging;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static com.negotiationtracker.query.state.StateEvents.IMPORTED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The world's state a page of tracks at a time, on the reference story: the pages together hold what each track
 * holds, every page holds the first page of channels (the story's fit on it), and the count of tracks follows the
 * record time.
 */
class WorldPagesTest {

    private static final Instant ON_13_FEBRUARY = StateTimes.moment("2025-02-13");

    /** JUnit makes a test instance per test: each test has a database of its own with the story recorded. */
    private final StateFixture state = StateFixture.withReferenceStory();

    @AfterEach
    void close() {
        state.close();
    }

    @Test
    void pages_of_one_track_hold_each_track_with_what_it_holds_alone_and_every_channel() {
        DiplomaticState firstPage = world(0, 1);
        List<String> tracks = new ArrayList<>();
        for (int page = 0; page < firstPage.tracksKnown(); page++) {
            DiplomaticState world = world(page, 1);
            String track = world.tracks().get(0).track();
            DiplomaticState alone = state.ask(new DiplomaticStateAt(ON_13_FEBRUARY, null, track));
            tracks.add(track);

            assertThat(world.page()).isEqualTo(page);
            assertThat(world.size()).isOne();
            assertThat(world.tracks()).isEqualTo(alone.tracks());
            assertThat(world.invitations()).isEqualTo(alone.invitations());
            assertThat(world.meetings()).isEqualTo(alone.meetings());
            assertThat(world.measures()).isEqualTo(alone.measures());
            assertThat(world.demands()).isEqualTo(alone.demands());
            assertThat(world.proposals()).isEqualTo(alone.proposals());
            assertThat(world.guarantees()).isEqualTo(alone.guarantees());
            assertThat(world.channels()).as("every page of tracks holds the first page of channels").isEqualTo(firstPage.channels());
            assertThat(world.channels()).containsAll(alone.channels());
        }
        assertThat(firstPage.tracksKnown()).isGreaterThan(1);
        assertThat(tracks).as("in id order, each once").isSorted().doesNotHaveDuplicates();
        assertThat(tracks).containsExactlyElementsOf(Stream.of(world(0, 100).tracks())
                .flatMap(List::stream).map(TrackState::track).toList());
    }

    @Test
    void the_first_page_of_the_default_size_holds_the_whole_story() {
        DiplomaticState world = state.at("2025-02-13");

        assertThat(world.page()).isZero();
        assertThat(world.size()).isEqualTo(DiplomaticStateAt.TRACKS_A_PAGE);
        assertThat(world.tracks()).hasSize((int) world.tracksKnown());
        assertThat(world.channels()).hasSize(2);
    }

    @Test
    void a_page_past_the_last_track_holds_the_channels_alone() {
        DiplomaticState world = world(1, DiplomaticStateAt.TRACKS_A_PAGE);

        assertThat(world.tracks()).isEmpty();
        assertThat(world.meetings()).isEmpty();
        assertThat(world.invitations()).isEmpty();
        assertThat(world.channels()).hasSize(2);
    }

    @Test
    void the_tracks_counted_are_those_the_record_held() {
        DiplomaticState beforeTheImport = state.ask(new DiplomaticStateAt(ON_13_FEBRUARY, IMPORTED.minusNanos(1000),
                null, new Paging(0, 1)));

        assertThat(beforeTheImport.tracksKnown()).isZero();
        assertThat(beforeTheImport.isEmpty()).isTrue();
        assertThat(state.at("2025-02-13").tracksKnown()).isEqualTo(state.at("2025-02-13").tracks().size());
    }

    private DiplomaticState world(int page, int size) {
        return state.ask(new DiplomaticStateAt(ON_13_FEBRUARY, null, null, new Paging(page, size)));
    }
}
