package com.negotiationtracker.query.state;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StateTimesTest {

    @Test
    void a_day_means_its_last_microsecond() {
        assertThat(StateTimes.moment("2025-02-10")).isEqualTo(Instant.parse("2025-02-10T23:59:59.999999Z"));
    }

    @Test
    void a_month_or_a_year_means_its_last_microsecond() {
        assertThat(StateTimes.moment("2024-02")).isEqualTo(Instant.parse("2024-02-29T23:59:59.999999Z"));
        assertThat(StateTimes.moment("2024")).isEqualTo(Instant.parse("2024-12-31T23:59:59.999999Z"));
    }

    @Test
    void an_instant_with_an_offset_is_itself() {
        assertThat(StateTimes.moment("2025-02-12T14:30:00+01:00")).isEqualTo(Instant.parse("2025-02-12T13:30:00Z"));
    }

    @Test
    void anything_else_is_refused_with_the_forms_that_are_understood() {
        assertThatThrownBy(() -> StateTimes.moment("12/02/2025"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'12/02/2025' is not a valid time")
                .hasMessageContaining("2025-02-12T14:30:00Z");
        assertThatThrownBy(() -> StateTimes.moment("2025-02-12T14:30:00"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
