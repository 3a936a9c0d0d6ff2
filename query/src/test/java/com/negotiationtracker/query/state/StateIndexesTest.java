package com.negotiationtracker.query.state;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The look-ups a busy history makes on every input go through an index to the rows they return, so that their cost
 * does not grow with every version the history ever had: checked on H2's plans, with the application's migrations.
 */
class StateIndexesTest {

    @Test
    void the_rows_an_input_may_touch_are_two_ranges_of_the_open_rows_index() {
        try (StateFixture state = new StateFixture()) {
            String plan = state.plan(StateHistories.ROWS_FROM, "TRACK", "us-russia", "TRACK", "us-russia",
                    OffsetDateTime.parse("2025-02-12T00:00:00Z"));

            // the index conditions H2 uses, between /* and */ after the index's name, one branch each
            assertThat(plan.replaceAll("\\s+", " "))
                    .contains("IX_STATE_HISTORY_OPEN_ROWS: RECORDED_TO IS NULL AND ENTITY_KIND = ?1"
                            + " AND ENTITY_KEY = ?2 */")
                    .contains("IX_STATE_HISTORY_OPEN_ROWS: RECORDED_TO >= ?5 AND ENTITY_KIND = ?3"
                            + " AND ENTITY_KEY = ?4 */");
        }
    }

    @Test
    void the_last_version_of_a_history_is_one_range_of_the_same_index() {
        try (StateFixture state = new StateFixture()) {
            String plan = state.plan(StateHistories.OPEN_ENDED, "TRACK", "us-russia").replaceAll("\\s+", " ");

            assertThat(plan).contains("IX_STATE_HISTORY_OPEN_ROWS: ");
            String indexConditions = plan.substring(plan.indexOf("IX_STATE_HISTORY_OPEN_ROWS: "),
                    plan.indexOf("*/", plan.indexOf("IX_STATE_HISTORY_OPEN_ROWS: ")));
            assertThat(indexConditions).contains("ENTITY_KIND = ?1").contains("ENTITY_KEY = ?2")
                    .contains("RECORDED_TO IS NULL").contains("VALID_TO IS NULL");
        }
    }
}
