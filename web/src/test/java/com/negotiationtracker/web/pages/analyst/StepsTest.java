package com.negotiationtracker.web.pages.analyst;

import com.negotiationtracker.core.time.TimePrecision;
import com.negotiationtracker.query.timeline.ProvenanceView;
import com.negotiationtracker.query.timeline.SourceView;
import com.negotiationtracker.query.timeline.TimelineEntry;
import com.negotiationtracker.query.timeline.ValidTimeView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How the timeline becomes steps along valid or record time, and which moment each step asks the state at. */
class StepsTest {

    // in the timeline's valid-time order, as the read model answers it; recorded in another order
    static final TimelineEntry MONTH = entry("minerals-proposal", "2025-02", TimePrecision.MONTH,
            "2025-02-01T00:00:00Z", "2025-03-01T00:00:00Z", "2026-01-05T09:00:03Z");
    static final TimelineEntry SWAP = entry("prisoner-swap", "2025-02-11", TimePrecision.DAY,
            "2025-02-11T00:00:00Z", "2025-02-12T00:00:00Z", "2026-01-05T09:00:02Z");
    static final TimelineEntry CALL = entry("trump-putin-call", "2025-02-12", TimePrecision.DAY,
            "2025-02-12T00:00:00Z", "2025-02-13T00:00:00Z", "2026-01-05T09:00:01Z");
    static final List<TimelineEntry> TIMELINE = List.of(MONTH, SWAP, CALL);

    @Test
    void on_valid_time_the_steps_keep_the_timelines_order_and_ask_at_the_start_of_each_facts_period() {
        Steps steps = Steps.along(Axis.VALID, TIMELINE);

        assertThat(steps.all()).extracting(Step::id)
                .containsExactly("us-russia/minerals-proposal", "us-russia/prisoner-swap",
                        "us-russia/trump-putin-call");
        // the month's step comes before the 11th's: its moment must not lie weeks after it
        assertThat(steps.all()).extracting(Step::validAt).isSorted();
        assertThat(steps.all().get(0).validAt()).isEqualTo(Instant.parse("2025-02-01T00:00:00Z"));
        assertThat(steps.all()).allSatisfy(step -> assertThat(step.knownAt()).isNull());
    }

    @Test
    void on_record_time_the_steps_follow_the_record_and_ask_as_it_stood_when_each_was_recorded() {
        Steps steps = Steps.along(Axis.RECORD, TIMELINE);

        assertThat(steps.all()).extracting(Step::id)
                .containsExactly("us-russia/trump-putin-call", "us-russia/prisoner-swap",
                        "us-russia/minerals-proposal");
        assertThat(steps.all().get(0).knownAt()).isEqualTo(Instant.parse("2026-01-05T09:00:01Z"));
        assertThat(steps.all()).allSatisfy(step -> assertThat(step.validAt()).isNull());
        assertThat(steps.all()).extracting(Step::number).containsExactly(1, 2, 3);
    }

    @Test
    void the_fact_the_url_names_wins_over_the_step_number_which_is_kept_within_the_steps() {
        Steps steps = Steps.along(Axis.VALID, TIMELINE);

        assertThat(steps.select("us-russia/prisoner-swap", 3)).map(Step::number).contains(2);
        assertThat(steps.select("us-russia/no-such-fact", 3)).map(Step::number).contains(3);
        assertThat(steps.select(null, 99)).map(Step::number).contains(3);
        assertThat(steps.select(null, -4)).map(Step::number).contains(1);
        assertThat(steps.select(null, null)).map(Step::number).contains(1);
        assertThat(Steps.along(Axis.VALID, List.of()).select(null, 1)).isEmpty();
    }

    @Test
    void next_and_previous_stop_at_the_ends() {
        Steps steps = Steps.along(Axis.VALID, TIMELINE);

        assertThat(steps.from(steps.first(), -1)).isEmpty();
        assertThat(steps.from(steps.first(), 1)).map(Step::id).contains("us-russia/prisoner-swap");
        assertThat(steps.from(steps.last(), 1)).isEmpty();
    }

    private static TimelineEntry entry(String factId, String value, TimePrecision precision, String from,
                                       String until, String recordedAt) {
        return new TimelineEntry(factId, "us-russia", "statement", factId,
                new ValidTimeView(value, precision, false, Instant.parse(from), Instant.parse(until)),
                List.of("putin"), List.of(), new ProvenanceView("kremlin", "statement", null,
                new SourceView("seed-article", null, null, null, "2025-02-12")), Map.of(),
                Instant.parse(recordedAt));
    }
}
