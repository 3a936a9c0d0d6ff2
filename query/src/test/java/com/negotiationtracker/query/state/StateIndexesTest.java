package com.negotiationtracker.query.state;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The look-ups a busy history makes on every input go through an index to the rows they return, so that their cost
 * does not grow with every version the history ever had: checked on H2's plans, with the application's migrations.
 */
class StateIndexesTest {

    @Test
    void the_rows_an_input_may_touch_are_two_ranges_of_the_open_rows_index() {
        try (StateFixture state = new StateFixture()) {
            String rowsFrom = state.histories().entityQueries().get(1);

            assertThat(branches(state.plan(rowsFrom, "TRACK", "us-russia", "TRACK", "us-russia",
                    OffsetDateTime.parse("2025-02-12T00:00:00Z")), "IX_STATE_HISTORY_OPEN_ROWS")).satisfiesExactly(
                    open -> assertThat(open).contains("ENTITY_KIND = ?1", "ENTITY_KEY = ?2", "RECORDED_TO IS NULL"),
                    closedLater -> assertThat(closedLater).contains("ENTITY_KIND = ?3", "ENTITY_KEY = ?4",
                            "RECORDED_TO >= ?5"));
        }
    }

    @Test
    void the_last_version_of_a_history_is_one_range_of_the_same_index() {
        try (StateFixture state = new StateFixture()) {
            String openEnded = state.histories().entityQueries().get(0);

            assertThat(branches(state.plan(openEnded, "TRACK", "us-russia"), "IX_STATE_HISTORY_OPEN_ROWS"))
                    .singleElement().satisfies(last -> assertThat(last).contains("ENTITY_KIND = ?1",
                            "ENTITY_KEY = ?2", "RECORDED_TO IS NULL", "VALID_TO IS NULL"));
        }
    }

    /**
     * Measured on a large store, H2 reckoned {@code recorded_to is null} more selective than an entity's key and walked
     * every open row of every entity through V3's index on {@code recorded_to}. V15 dropped V3's time indexes, which
     * took that trap away (unhinted, H2 now takes the open rows' index on this table); each per-entity look-up still
     * names its index, so that an index added later cannot set it again, and still goes through it here.
     */
    @Test
    void on_a_large_store_the_look_ups_of_one_entity_still_go_through_its_open_rows() {
        try (StateFixture state = new StateFixture()) {
            state.fillHistoriesAndAnalyze(40_000);
            OffsetDateTime recorded = OffsetDateTime.parse("2025-02-12T00:00:00Z");

            List<String> queries = state.histories().entityQueries();
            assertThat(branches(state.plan(queries.get(0), "meeting", "entity-7"), "IX_STATE_HISTORY_OPEN_ROWS"))
                    .hasSize(1);
            assertThat(branches(state.plan(queries.get(1), "meeting", "entity-7", "meeting", "entity-7", recorded),
                    "IX_STATE_HISTORY_OPEN_ROWS")).hasSize(2);
            assertThat(branches(state.plan(queries.get(2), "meeting", "entity-7", "meeting", "entity-7", recorded,
                    "meeting", "entity-7", recorded, recorded), "IX_STATE_HISTORY_OPEN_ROWS")).hasSize(3);
        }
    }

    @Test
    void a_fact_reported_late_reads_the_part_of_a_history_after_its_start_through_indexes_on_valid_time() {
        try (StateFixture state = new StateFixture()) {
            OffsetDateTime start = OffsetDateTime.parse("2024-06-01T00:00:00Z");
            OffsetDateTime recorded = OffsetDateTime.parse("2025-02-12T00:00:00Z");

            assertThat(branches(state.plan(StateInputs.PHASE_FACTS_FROM, "us-russia", start, "us-russia"),
                    "IX_STATE_FACT_PHASE_VALID")).satisfiesExactly(
                    from -> assertThat(from).contains("TRACK = ?1", "SHAPES_PHASE = TRUE", "VALID_FROM >= ?2"),
                    unknown -> assertThat(unknown).contains("TRACK = ?3", "SHAPES_PHASE = TRUE",
                            "VALID_FROM IS NULL"));
            assertThat(branches(state.plan(StateInputs.PHASE_FACTS_BETWEEN, "us-russia", start, recorded,
                    "us-russia"), "IX_STATE_FACT_PHASE_VALID")).satisfiesExactly(
                    between -> assertThat(between).contains("TRACK = ?1", "SHAPES_PHASE = TRUE", "VALID_FROM >= ?2",
                            "VALID_FROM < ?3"),
                    unknown -> assertThat(unknown).contains("TRACK = ?4", "SHAPES_PHASE = TRUE",
                            "VALID_FROM IS NULL"));
            assertThat(branches(state.plan(StateInputs.CHANNEL_FACTS_FROM, "russia|united-states", start,
                    "russia|united-states"), "IX_STATE_FACT_CHANNEL_VALID")).satisfiesExactly(
                    from -> assertThat(from).contains("CHANNEL_KEY = ?1", "VALID_FROM >= ?2"),
                    unknown -> assertThat(unknown).contains("CHANNEL_KEY = ?3", "VALID_FROM IS NULL"));
            assertThat(branches(state.plan(StateInputs.CHANNEL_FACTS_BETWEEN, "russia|united-states", start,
                    recorded, "russia|united-states"), "IX_STATE_FACT_CHANNEL_VALID")).satisfiesExactly(
                    between -> assertThat(between).contains("CHANNEL_KEY = ?1", "VALID_FROM >= ?2",
                            "VALID_FROM < ?3"),
                    unknown -> assertThat(unknown).contains("CHANNEL_KEY = ?4", "VALID_FROM IS NULL"));
            assertThat(branches(state.plan(state.histories().entityQueries().get(2), "TRACK", "us-russia", "TRACK",
                    "us-russia", start, "TRACK", "us-russia", recorded, start), "IX_STATE_HISTORY_OPEN_ROWS"))
                    .satisfiesExactly(
                            last -> assertThat(last).contains("ENTITY_KEY = ?2", "RECORDED_TO IS NULL",
                                    "VALID_TO IS NULL"),
                            endingLater -> assertThat(endingLater).contains("ENTITY_KEY = ?4",
                                    "RECORDED_TO IS NULL", "VALID_TO >= ?5"),
                            closedLater -> assertThat(closedLater).contains("ENTITY_KEY = ?7",
                                    "RECORDED_TO >= ?8"));

            // a stretch of it: no branch walks the versions held after the stretch's end
            OffsetDateTime end = start.plusDays(7);
            String stretch = state.plan(state.histories().entityQueries().get(3), "TRACK", "us-russia", end,
                    "TRACK", "us-russia", start, end, "TRACK", "us-russia", end, "TRACK", "us-russia", recorded, start);
            assertThat(branches(stretch, "IX_STATE_HISTORY_OPEN_ROWS")).satisfiesExactly(
                    last -> assertThat(last).contains("ENTITY_KEY = ?2", "RECORDED_TO IS NULL", "VALID_TO IS NULL"),
                    endingIn -> assertThat(endingIn).contains("ENTITY_KEY = ?5", "RECORDED_TO IS NULL",
                            "VALID_TO >= ?6", "VALID_TO <= ?7"),
                    endingAfter -> assertThat(endingAfter).contains("ENTITY_KEY = ?9", "RECORDED_TO IS NULL",
                            "VALID_TO > ?10"),
                    closedLater -> assertThat(closedLater).contains("ENTITY_KEY = ?12", "RECORDED_TO >= ?13"));
            assertThat(stretch.replaceAll("\\s+", " "))
                    .as("the version the stretch's end falls in: the first along the index, the walk cut there")
                    .containsPattern("VALID_TO > \\?10 [^*]*\\*/[^/]*FETCH FIRST ROW ONLY /\\* index sorted \\*/");
        }
    }

    @Test
    void a_channels_contacts_are_counted_from_its_count_before_a_year_and_that_years_versions_through_indexes() {
        try (StateFixture state = new StateFixture()) {
            OffsetDateTime year = OffsetDateTime.parse("2025-01-01T00:00:00Z");
            OffsetDateTime moment = OffsetDateTime.parse("2025-02-12T00:00:00Z");

            String plan = state.plan(state.histories().contactsQuery(), "a|b", "a|b", year, moment, "a|b", year,
                    moment, moment, moment);

            // the year's count: the rows of one channel and year along the primary key (H2 names its index), read
            // backwards from the record time, the first one taken
            String flat = plan.replaceAll("\\s+", " ");
            assertThat(flat).containsPattern("STATE_CHANNEL_YEAR\" /\\* PUBLIC\\.PRIMARY_KEY_\\w+: [^*]*"
                    + "CHANNEL_KEY = \\?2 AND YEAR_START = \\?3 \\*/[^/]*FETCH FIRST ROW ONLY /\\* index sorted \\*/");
            assertThat(branches(plan, "IX_STATE_CHANNEL_CONTACT_SUM")).singleElement().satisfies(sum ->
                    assertThat(sum).contains("CHANNEL_KEY = ?5", "VALID_FROM >= ?6", "VALID_FROM <= ?7"));
        }
    }

    /** The index conditions of each branch of a plan that uses {@code index}: from its name to the comment's end. */
    private static List<String> branches(String plan, String index) {
        List<String> conditions = new ArrayList<>();
        String flat = plan.replaceAll("\\s+", " ");
        for (int at = flat.indexOf(index + ": "); at >= 0; at = flat.indexOf(index + ": ", at + 1)) {
            conditions.add(flat.substring(at, flat.indexOf("*/", at)));
        }
        return conditions;
    }
}
