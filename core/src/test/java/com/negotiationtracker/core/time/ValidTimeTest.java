package com.negotiationtracker.core.time;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ValidTimeTest {

    @ParameterizedTest(name = "{0} is known to the {1}")
    @CsvSource({
            "2025-02-12T14:30:00Z,      INSTANT",
            "2025-02-12T14:30Z,         INSTANT",
            "2025-02-12T15:30:00+01:00, INSTANT",
            "2025-02-12,                DAY",
            "2025-02,                   MONTH",
            "2025,                      YEAR"
    })
    void the_text_of_a_time_says_how_precisely_it_is_known(String text, TimePrecision precision) {
        assertThat(ValidTime.of(text).precision()).isEqualTo(precision);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {
            "2025-02-30",           // no such day
            "2025-02-29",           // not a leap year
            "2025-13",              // no such month
            "2025-02-12T25:00:00Z", // no such hour
            "2025-02-12T14:30:00",  // an instant needs its offset
            "Wednesday", "last Tuesday", "yesterday", "since the 2022 invasion", // relative, not absolute
            "12 February 2025", "2025/02/12", "20250212", "2025-2-12", " 2025-02-12", "25"
    })
    void only_absolute_iso_dates_that_exist_are_valid_times(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ValidTime.of(text))
                .withMessageContaining("'" + text + "' is not a valid time");
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void a_valid_time_is_required(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ValidTime.of(text))
                .withMessage("a time is missing");
    }

    @Test
    void a_leap_day_is_a_valid_time() {
        assertThat(ValidTime.of("2024-02-29").precision()).isEqualTo(TimePrecision.DAY);
    }

    @Test
    void a_stated_precision_must_match_the_text() {
        assertThat(new ValidTime("2025-02-12", TimePrecision.DAY, false).precision()).isEqualTo(TimePrecision.DAY);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ValidTime("2025-02-12", TimePrecision.MONTH, false))
                .withMessage("'2025-02-12' has DAY precision, not MONTH");
    }

    @Test
    void a_hedged_time_is_approximate() {
        assertThat(ValidTime.approximately("2025-02").approximate()).isTrue();
        assertThat(ValidTime.of("2025-02").approximate()).isFalse();
    }

    @Test
    void a_day_is_the_utc_interval_from_its_midnight_to_the_next() {
        ValidTime wednesday = ValidTime.of("2025-02-12");
        assertThat(wednesday.start()).isEqualTo(Instant.parse("2025-02-12T00:00:00Z"));
        assertThat(wednesday.end()).isEqualTo(Instant.parse("2025-02-13T00:00:00Z"));
    }

    @Test
    void a_month_ends_where_the_next_begins() {
        ValidTime february = ValidTime.of("2024-02");
        assertThat(february.start()).isEqualTo(Instant.parse("2024-02-01T00:00:00Z"));
        assertThat(february.end()).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
    }

    @Test
    void a_year_is_a_utc_calendar_year() {
        ValidTime invasionYear = ValidTime.of("2022");
        assertThat(invasionYear.start()).isEqualTo(Instant.parse("2022-01-01T00:00:00Z"));
        assertThat(invasionYear.end()).isEqualTo(Instant.parse("2023-01-01T00:00:00Z"));
    }

    @Test
    void an_instant_is_its_own_end_and_is_read_in_utc() {
        ValidTime call = ValidTime.of("2025-02-12T15:30:00+01:00");
        assertThat(call.start()).isEqualTo(Instant.parse("2025-02-12T14:30:00Z"));
        assertThat(call.end()).isEqualTo(call.start());
    }
}
