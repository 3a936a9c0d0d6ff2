package com.negotiationtracker.config.benchmark;

import com.negotiationtracker.config.support.ReferenceDossier;
import com.negotiationtracker.core.dossier.DossierFormat;
import com.negotiationtracker.core.dossier.DossierImporter;
import com.negotiationtracker.query.replay.ReplayService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The benchmark's ceiling on a replay writes every row of every read model, and only those, into an empty copy of
 * their tables (parents first, as their foreign keys demand) and leaves no copy behind. Each store (H2, PostgreSQL)
 * runs the same contract.
 */
abstract class ReadModelCeilingContract {

    /** Every read model's tables: what a replay rebuilds. A new table belongs here, or among those it leaves alone. */
    private static final List<String> READ_MODELS = List.of("actor_profile", "actor_profile_role",
            "actor_profile_speaks_for", "claim", "claim_actor", "claim_report", "position_statement",
            "position_subject", "position_version", "state_actor", "state_channel", "state_channel_contact",
            "state_channel_year", "state_fact", "state_fact_channel", "state_history", "state_tail", "state_track",
            "timeline_actor", "timeline_entry", "timeline_issue");

    @Autowired
    DataSource dataSource;

    @Autowired
    DossierImporter importer;

    @Autowired
    ReplayService replay;

    @Test
    void every_read_model_row_is_written_once_into_a_copy_that_is_dropped_afterwards() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        importer.importDossier(ReferenceDossier.json(), DossierFormat.JSON);
        await().atMost(Duration.ofSeconds(60)).until(() -> replay.progress().processors().stream()
                .allMatch(processor -> processor.caughtUp() && processor.position() >= processor.head()));
        long rows = READ_MODELS.stream().mapToLong(table -> jdbc.queryForObject(
                "select count(*) from " + table, Long.class)).sum();

        ReadModelCeiling.Result result = new ReadModelCeiling(dataSource).measure();

        assertThat(result.tables()).containsExactlyInAnyOrderElementsOf(READ_MODELS);
        assertThat(result.tables()).containsSubsequence("timeline_entry", "timeline_actor");
        assertThat(result.tables()).containsSubsequence("claim", "claim_report");
        assertThat(result.rows()).isEqualTo(rows).isGreaterThan(ReferenceDossier.factCount());
        assertThat(result.copyNanos()).isPositive();
        assertThat(schemas()).noneMatch(schema -> schema.toLowerCase().endsWith("_ceiling"));
    }

    private List<String> schemas() throws Exception {
        try (Connection connection = dataSource.getConnection();
             ResultSet schemas = connection.getMetaData().getSchemas()) {
            List<String> names = new ArrayList<>();
            while (schemas.next()) {
                names.add(schemas.getString("TABLE_SCHEM"));
            }
            return names;
        }
    }
}
