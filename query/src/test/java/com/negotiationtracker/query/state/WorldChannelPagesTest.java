package com.negotiationtracker.query.state;

import com.negotiationtracker.query.timeline.Paging;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The world's channels a page at a time: on random histories of four parties (up to six channels, some begun late in
 * valid time, some recorded late), the pages of every size, one after the other, hold every channel that holds at
 * that moment, each once, in key order, as asking for all of them at once gives; {@code moreChannels} says whether
 * the next page holds any; a channel that does not hold yet takes no place on a page.
 */
class WorldChannelPagesTest {

    private final StateFixture state = new StateFixture();

    @AfterEach
    void close() {
        state.close();
    }

    @ParameterizedTest(name = "history {0}")
    @ValueSource(longs = {1, 2, 3})
    void the_pages_hold_every_channel_that_holds_once_in_key_order(long seed) {
        Random random = new Random(seed);
        List<EventMessage<?>> events = new RandomStateHistory(random, 3, 24).events(200);
        state.deliver(events);
        List<String> keys = state.histories().channelKeys();
        Instant lastRecorded = events.get(events.size() - 1).getTimestamp().plusSeconds(60);
        assertThat(keys).as("channels in the register").hasSizeGreaterThan(3);
        int momentsWithSomeChannelsAbsent = 0;

        for (int moment = 0; moment < 30; moment++) {
            Instant validAt = RandomStateHistory.validMoment(random);
            Instant knownAt = RandomStateHistory.knownMoment(random, lastRecorded);
            List<ChannelState> all = state.histories().channelsAt(validAt, knownAt, keys);
            if (all.size() < keys.size()) {
                momentsWithSomeChannelsAbsent++;
            }

            for (int size = 1; size <= 4; size++) {
                List<ChannelState> paged = new ArrayList<>();
                for (int page = 0; ; page++) {
                    DiplomaticState world = state.ask(new DiplomaticStateAt(validAt, knownAt, null, null, null,
                            new Paging(page, size)));
                    String where = "at " + validAt + " known at " + knownAt + ", page " + page + " of " + size;
                    assertThat(world.channelPage()).as(where).isEqualTo(page);
                    assertThat(world.channelSize()).as(where).isEqualTo(size);
                    assertThat(world.channels()).as(where).hasSizeLessThanOrEqualTo(size);
                    paged.addAll(world.channels());
                    assertThat(world.moreChannels()).as(where).isEqualTo(all.size() > paged.size());
                    if (!world.moreChannels()) {
                        assertThat(world.channels().size()).as(where + ": the last page")
                                .isEqualTo(all.size() - page * size);
                        break;
                    }
                    assertThat(world.channels()).as(where + ": a full page").hasSize(size);
                }
                assertThat(paged).as("at %s known at %s, pages of %s", validAt, knownAt, size).isEqualTo(all);
            }
        }
        assertThat(momentsWithSomeChannelsAbsent).as("moments at which a channel did not hold yet").isPositive();
    }

    @ParameterizedTest(name = "history {0}")
    @ValueSource(longs = {1})
    void a_page_past_the_last_channel_holds_none(long seed) {
        state.deliver(new RandomStateHistory(new Random(seed), 3, 24).events(200));
        Instant validAt = Instant.parse("2025-01-01T00:00:00Z");

        DiplomaticState past = state.ask(new DiplomaticStateAt(validAt, null, null, null, null,
                new Paging(100, 10)));

        assertThat(past.channels()).isEmpty();
        assertThat(past.moreChannels()).isFalse();
        assertThat(state.ask(new DiplomaticStateAt(validAt, null, null)).channels())
                .as("the first page of the default size").hasSizeLessThanOrEqualTo(
                        DiplomaticStateAt.CHANNELS_A_PAGE).isNotEmpty();
    }
}
