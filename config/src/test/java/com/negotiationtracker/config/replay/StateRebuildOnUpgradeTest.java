package com.negotiationtracker.config.replay;

import com.negotiationtracker.query.state.StateProjection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A data folder from before migration V11 (the state's facts filed by actor, not by channel): the upgrade empties the
 * diplomatic state and removes its processor's tokens, and the next start rebuilds it from the event store, row for
 * row as it was, while every other read model stays as it is (their processors handle nothing again); V13 fills in,
 * by SQL, what the positions' projection now keeps of each subject.
 */
class StateRebuildOnUpgradeTest {

    @TempDir
    Path dataDir;

    @Test
    void the_upgrade_rebuilds_the_diplomatic_state_from_the_event_store_and_leaves_the_rest() {
        ReadModelSnapshot before;
        try (ConfigurableApplicationContext tracker = startTracker()) {
            before = ReadModelSnapshot.of(jdbcOf(tracker));
        }
        assertThat(before.rows("state_fact_channel")).isNotEmpty();
        int keptAsItWas = TrackerOnFile.withFileDatabase(dataDir, file -> {
            asBeforeV11(file);
            // state rows the rebuild must not keep, and a timeline row the upgrade must not touch
            assertThat(file.update("update state_history set status = 'TAMPERED' where entity_kind = 'channel'"))
                    .isPositive();
            return file.update("update timeline_entry set summary = 'kept as it was' where fact_id ="
                    + " (select min(fact_id) from timeline_entry)");
        });

        try (ConfigurableApplicationContext upgraded = startTracker()) {
            JdbcTemplate jdbc = jdbcOf(upgraded);
            assertThat(jdbc.queryForList("select \"version\" from \"flyway_schema_history\" where \"version\""
                    + " in ('11', '12', '13', '14', '15', '16', '17', '18', '19', '20')")).hasSize(10);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(ReadModelSnapshot.of(jdbc).rows("state_history"))
                            .containsExactlyElementsOf(before.rows("state_history")));
            ReadModelSnapshot after = ReadModelSnapshot.of(jdbc);
            before.tables().keySet().stream().filter(table -> table.startsWith("state_")).forEach(table ->
                    assertThat(after.rows(table)).as("table " + table)
                            .containsExactlyElementsOf(before.rows(table)));
            assertThat(after.rows("position_subject")).as("V13 fills in what the positions' projection keeps")
                    .isNotEmpty().containsExactlyElementsOf(before.rows("position_subject"));
            assertThat(jdbc.queryForObject("select count(*) from timeline_entry where summary = 'kept as it was'",
                    Integer.class)).as("the timeline is not rebuilt").isEqualTo(keptAsItWas).isPositive();
        }
    }

    /**
     * Puts the schema back as V10 left it: the facts' actors table instead of the channels', V10's index instead of
     * V12's, none of V13's and V14's columns and indexes, V3's time indexes instead of V15's, no channels' register,
     * the indexes on positions' versions and the timeline as V4 and V8 made them instead of V16's, V3's index on the
     * histories' tracks instead of V17's two, no counts of the contacts that start channel versions (V18), no default
     * for the events' global index (V19), no table of marks for the resets (V20), and no record of V11 to V20. The
     * rows stay as the current version wrote them, which is what V11 (and V18) empty.
     */
    private static void asBeforeV11(JdbcTemplate file) {
        file.update("drop index ix_state_fact_phase_valid");
        file.update("alter table state_fact drop column valid_from");
        file.update("drop index ix_position_statement_valid");
        file.update("create index ix_position_statement_subject on position_statement (party, issue)");
        file.update("alter table position_subject drop column recorded_until");
        file.update("drop table state_fact_channel");
        file.update("create table state_fact_actor (track varchar(120) not null, fact_id varchar(120) not null,"
                + " actor_id varchar(120) not null, constraint pk_state_fact_actor primary key (track, fact_id, actor_id))");
        file.update("drop index ix_state_history_open_rows");
        file.update("create index ix_state_history_last_version on state_history"
                + " (entity_kind, entity_key, valid_to, recorded_to)");
        for (String index : new String[] {"recorded_to, recorded_from", "recorded_from, recorded_to",
                "valid_to, valid_from", "valid_from, valid_to"}) {
            file.update("create index ix_state_history_" + index.substring(0, index.indexOf(',')) + " on state_history ("
                    + index + ")");
        }
        file.update("drop index ix_state_history_open_ended");
        file.update("drop index ix_state_history_valid_starts");
        file.update("drop table state_channel");
        file.update("drop index ix_position_version_open_ended");
        file.update("create index ix_position_version_as_of on position_version"
                + " (recorded_to, valid_to, valid_from, recorded_from)");
        file.update("create index ix_position_version_issue on position_version (issue, valid_from)");
        file.update("create index ix_position_version_page on position_version"
                + " (party, issue, track, fact_id, recorded_from, recorded_to, valid_from, valid_to)");
        file.update("drop index ix_timeline_entry_recorded");
        file.update("create index ix_timeline_entry_recorded on timeline_entry (recorded_at)");
        file.update("create index ix_timeline_entry_order on timeline_entry (valid_from, global_position)");
        file.update("drop index ix_state_history_lists");
        file.update("drop index ix_state_history_list_records");
        file.update("create index ix_state_history_track on state_history (track, entity_kind)");
        file.update("drop table state_channel_contact");
        file.update("drop table state_channel_year");
        file.update("alter table domain_event_entry alter column global_index drop default");
        file.update("drop table read_model_emptying");
        file.update("delete from \"flyway_schema_history\" where \"version\" in ('11', '12', '13', '14', '15', '16',"
                + " '17', '18', '19', '20')");
        assertThat(file.queryForObject("select count(*) from token_entry where processor_name = ?", Integer.class,
                StateProjection.PROCESSING_GROUP)).isPositive();
    }

    private ConfigurableApplicationContext startTracker() {
        return TrackerOnFile.startCaughtUp(dataDir);
    }

    private static JdbcTemplate jdbcOf(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class);
    }
}
