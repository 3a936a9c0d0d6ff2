package com.negotiationtracker.query.state;

import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static com.negotiationtracker.query.state.StateEvents.importedPlus;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One version an entity, found by index look-ups ({@link VersionsAt}), is the version a walk through the entity's
 * whole history finds, at any valid and record time: on random histories (facts mostly in valid-time order, some
 * reported late, some at one instant, some handled out of record order, profiles revised) and at moments before,
 * among and after them on both axes.
 */
class VersionsAtTest {

    private final StateFixture state = new StateFixture();

    @AfterEach
    void close() {
        state.close();
    }

    @ParameterizedTest(name = "history {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void the_look_ups_find_what_the_whole_history_holds(long seed) {
        Random random = new Random(seed);
        List<EventMessage<?>> events = new RandomStateHistory(random).events(160);
        state.deliver(events);
        List<List<String>> ids = state.rows("select distinct entity_kind, entity_key from state_history").stream()
                .map(row -> List.of((String) row.get("entity_kind"), (String) row.get("entity_key"))).toList();
        Instant lastRecorded = events.get(events.size() - 1).getTimestamp().plusSeconds(60);
        assertThat(ids).hasSizeGreaterThan(10);

        for (int moment = 0; moment < 150; moment++) {
            Instant validAt = Instant.parse("2019-12-01T00:00:00Z")
                    .plusSeconds(random.nextInt(3 * 365) * 86_400L + random.nextInt(86_400));
            // record times on the second, as the events carry them, and between
            Instant knownAt = importedPlus(random.nextInt((int) (lastRecorded.getEpochSecond()
                    - importedPlus(0).getEpochSecond()))).plusMillis(random.nextBoolean() ? 0 : 500);

            assertThat(state.versionsAt().of(ids, validAt, knownAt))
                    .as("at %s as known at %s", validAt, knownAt)
                    .isEqualTo(walked(validAt, knownAt));
        }
    }

    @Test
    void the_look_ups_read_their_indexes_newest_first_and_stop_at_the_first_version_held() {
        state.deliver(new RandomStateHistory(new Random(7)).events(40));
        List<String> queries = state.versionsAt().queries();
        OffsetDateTime moment = OffsetDateTime.of(2020, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC);

        assertThat(state.rows("explain " + queries.get(0), "channel", "leader-a|leader-b", moment, moment).toString())
                .contains("IX_STATE_HISTORY_OPEN_ENDED", "index sorted");
        assertThat(state.rows("explain " + queries.get(1), "channel", "leader-a|leader-b", moment, moment, moment,
                moment).toString()).contains("IX_STATE_HISTORY_VALID_STARTS", "index sorted");
    }

    /**
     * An entity the record did not hold at a record time is told by one step along the primary key, not by a walk
     * through every version recorded later: on a large store whose columns H2 has measured.
     */
    @Test
    void whether_an_entity_was_held_at_a_record_time_is_probed_along_its_primary_key() {
        state.fillHistoriesAndAnalyze(40_000);
        String probe = state.versionsAt().queries().get(2);
        OffsetDateTime moment = OffsetDateTime.of(2020, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC);

        assertThat(state.plan(probe, "channel", "entity-7", moment, moment))
                .contains("PRIMARY_KEY", "ENTITY_KIND = ?1", "ENTITY_KEY = ?2", "RECORDED_FROM <= ?3", "index sorted");
    }

    /** Every version held at both times, found by reading each entity's whole history. */
    private List<StoredState> walked(Instant validAt, Instant knownAt) {
        List<StoredState> versions = new ArrayList<>();
        for (Map<String, Object> row : state.rows("select entity_kind, entity_key, track, state from state_history"
                        + " where valid_from <= ? and (valid_to is null or valid_to > ?)"
                        + " and recorded_from <= ? and (recorded_to is null or recorded_to > ?)"
                        + " order by entity_kind, entity_key",
                StateInputs.time(validAt), StateInputs.time(validAt), StateInputs.time(knownAt),
                StateInputs.time(knownAt))) {
            versions.add(new StoredState(EntityKind.ofColumn((String) row.get("entity_kind")),
                    (String) row.get("entity_key"), (String) row.get("track"), (String) row.get("state")));
        }
        return versions;
    }
}
