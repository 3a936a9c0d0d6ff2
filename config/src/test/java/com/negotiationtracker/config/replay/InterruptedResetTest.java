package com.negotiationtracker.config.replay;

import com.negotiationtracker.query.timeline.TimelineProjection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reset on the embedded database commits the processor's tokens at the start of the store and marks its tables,
 * which are truncated right after. When the process dies in between, the next start empties the marked tables before
 * any processor runs: the read model is rebuilt whole, each row once, instead of replayed into the rows it held.
 */
class InterruptedResetTest {

    @TempDir
    Path dataDir;

    @Test
    void the_next_start_empties_the_tables_a_committed_reset_marked_before_the_processor_replays() {
        ReadModelSnapshot before;
        try (ConfigurableApplicationContext tracker = TrackerOnFile.startCaughtUp(dataDir)) {
            before = ReadModelSnapshot.of(tracker.getBean(JdbcTemplate.class));
        }
        assertThat(before.rows("timeline_entry")).isNotEmpty();
        TrackerOnFile.withFileDatabase(dataDir, file -> {
            // what the timeline's reset commits: its tokens before the first event, its tables marked, still full
            assertThat(file.update("update token_entry set token = null, token_type = null where processor_name = ?",
                    TimelineProjection.PROCESSING_GROUP)).isPositive();
            return file.update("insert into read_model_emptying (table_name, position)"
                    + " values ('timeline_actor', 0), ('timeline_issue', 1), ('timeline_entry', 2)");
        });

        try (ConfigurableApplicationContext tracker = TrackerOnFile.startCaughtUp(dataDir)) {
            JdbcTemplate jdbc = tracker.getBean(JdbcTemplate.class);
            assertThat(ReadModelSnapshot.of(jdbc)).isEqualTo(before);
            assertThat(jdbc.queryForObject("select count(*) from read_model_emptying", Integer.class)).isZero();
        }
    }
}
