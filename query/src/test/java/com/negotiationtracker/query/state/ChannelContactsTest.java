package com.negotiationtracker.query.state;

import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static com.negotiationtracker.query.state.StateInputs.time;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A channel's contacts, counted from its count before a year and the versions of that year ({@link ChannelContacts},
 * {@link ChannelYears}), are what adding up the contacts that start every version it held gives, at any valid and
 * record time: on random histories over a few years (facts mostly in valid-time order, some reported late, across
 * the turn of a year too, some at one instant, some handled out of record order, profiles revised).
 */
class ChannelContactsTest {

    private final StateFixture state = new StateFixture();

    @AfterEach
    void close() {
        state.close();
    }

    @ParameterizedTest(name = "history {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void the_counts_are_those_of_every_version_held(long seed) {
        Random random = new Random(seed);
        List<EventMessage<?>> events = new RandomStateHistory(random, 3, 24).events(200);
        state.deliver(events);
        List<String> channels = state.histories().channelKeys();
        Instant lastRecorded = events.get(events.size() - 1).getTimestamp().plusSeconds(60);
        assertThat(state.rows("select distinct year_start from state_channel_year")).as("years counted")
                .hasSizeGreaterThan(2);

        for (int moment = 0; moment < 150; moment++) {
            Instant validAt = RandomStateHistory.validMoment(random);
            Instant knownAt = RandomStateHistory.knownMoment(random, lastRecorded)
                    .plusMillis(random.nextBoolean() ? 0 : 500);

            Map<String, Integer> counted = new TreeMap<>();
            state.histories().channelsAt(validAt, knownAt, channels).forEach(channel ->
                    counted.put(Channels.key(channel.parties()), channel.contactsCount()));
            assertThat(counted).as("at %s as known at %s", validAt, knownAt)
                    .isEqualTo(addedUp(validAt, knownAt));
        }
    }

    @ParameterizedTest(name = "history {0}")
    @ValueSource(longs = {1, 2, 3})
    void each_channels_counts_before_its_years_are_those_its_versions_give(long seed) {
        state.deliver(new RandomStateHistory(new Random(seed), 3, 24).events(200));

        for (String channel : state.histories().channelKeys()) {
            List<ChannelYears.Contacts> versions = state.rows("select valid_from, recorded_from, recorded_to,"
                    + " contacts from state_channel_contact where channel_key = ? order by valid_from", channel)
                    .stream().map(row -> new ChannelYears.Contacts(moment(row, "valid_from"),
                            moment(row, "recorded_from"), moment(row, "recorded_to"), (Integer) row.get("contacts")))
                    .toList();
            List<ChannelYears.YearRow> stored = state.rows("select year_start, recorded_from, recorded_to,"
                    + " contacts_before from state_channel_year where channel_key = ?"
                    + " order by year_start, recorded_from", channel).stream()
                    .map(row -> new ChannelYears.YearRow(moment(row, "year_start"), moment(row, "recorded_from"),
                            moment(row, "recorded_to"), (Integer) row.get("contacts_before")))
                    .toList();

            assertThat(stored).as(channel).isEqualTo(ChannelYears.rowsOf(versions));
        }
    }

    /** Each channel's count, from every version it held at both times: the contacts that start each, added up. */
    private Map<String, Integer> addedUp(Instant validAt, Instant knownAt) {
        Map<String, Integer> counts = new TreeMap<>();
        state.rows("select entity_key, valid_from, state from state_history where entity_kind = 'channel'"
                        + " and valid_from <= ? and recorded_from <= ? and (recorded_to is null or recorded_to > ?)",
                time(validAt), time(knownAt), time(knownAt)).forEach(row -> {
            Instant validFrom = moment(row, "valid_from");
            int contacts = StateJson.read((String) row.get("state"), ChannelVersion.class)
                    .contactsStartingAt(validFrom);
            counts.merge((String) row.get("entity_key"), contacts, Integer::sum);
        });
        // a channel whose version at validAt is held is shown; one without is not
        Map<String, Integer> shown = new TreeMap<>();
        state.rows("select entity_key from state_history where entity_kind = 'channel' and valid_from <= ?"
                        + " and (valid_to is null or valid_to > ?) and recorded_from <= ?"
                        + " and (recorded_to is null or recorded_to > ?)",
                time(validAt), time(validAt), time(knownAt), time(knownAt))
                .forEach(row -> shown.put((String) row.get("entity_key"),
                        counts.getOrDefault((String) row.get("entity_key"), 0)));
        return shown;
    }

    private static Instant moment(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : ((OffsetDateTime) value).toInstant();
    }
}
