package com.negotiationtracker.core.time;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReportedDurationTest {

    @Test
    void a_duration_keeps_the_sources_words_and_hedge() {
        ReportedDuration call = new ReportedDuration("PT1H30M", true, "close to an hour and a half");

        assertThat(call.duration()).isEqualTo(Duration.ofMinutes(90));
        assertThat(call.approximate()).isTrue();
        assertThat(call.asReported()).isEqualTo("close to an hour and a half");
    }

    @Test
    void a_negative_duration_parses_so_that_the_track_can_name_the_rule_it_breaks() {
        assertThat(new ReportedDuration("-PT1H", false, null).duration().isNegative()).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"an hour and a half", "1:30", "90", "PT", "P1M", "PT1H30"})
    void a_duration_is_written_in_iso_8601(String value) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReportedDuration(value, true, "around an hour"))
                .withMessageContaining("'" + value + "' is not an ISO-8601 duration");
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void a_duration_is_required(String value) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReportedDuration(value, false, null))
                .withMessage("a duration is missing");
    }
}
