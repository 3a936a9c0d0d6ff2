package com.negotiationtracker.config.replay;

import com.negotiationtracker.config.TrackerApplication;
import com.negotiationtracker.config.support.ReferenceDossier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar negotiation-tracker.jar replay}, as an operator runs it from a shell: in a process of its own
 * (started through the application's {@code main}, as the jar starts it), on the store an earlier run filled.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReplayCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void rebuilds_every_read_model_printing_its_progress_and_exits_zero() throws Exception {
        ReadModelSnapshot liveBuilt;
        try (ConfigurableApplicationContext tracker = startTracker()) {
            liveBuilt = ReadModelSnapshot.of(jdbcOf(tracker));
            assertThat(liveBuilt.rows("timeline_entry")).hasSize(ReferenceDossier.factCount());
            jdbcOf(tracker).update("update timeline_entry set summary = 'tampered with after the fact'");
        }

        Run replay = replay();

        assertThat(replay.exitCode()).as(replay.err()).isZero();
        assertThat(replay.out()).contains("replay: rebuilding ").contains("timeline");
        assertThat(replay.out()).containsPattern("replay: \\d+/\\d+ events \\(.*timeline \\d+/\\d+");
        assertThat(replay.out()).containsPattern("replay done: \\d+ read model processors rebuilt, (\\d+)/\\1 events");
        ReadModelSnapshot rebuilt = readModels();
        liveBuilt.tables().forEach((table, rows) ->
                assertThat(rebuilt.rows(table)).as("table " + table).containsExactlyElementsOf(rows));
    }

    @Test
    void while_a_running_instance_holds_the_processors_it_fails_saying_so_and_changes_nothing() throws Exception {
        try (ConfigurableApplicationContext tracker = startTracker()) {
            ReadModelSnapshot before = ReadModelSnapshot.of(jdbcOf(tracker));

            Run replay = replay();

            assertThat(replay.exitCode()).as(replay.out()).isEqualTo(1);
            assertThat(replay.err()).as(replay.out()).contains("replay failed: cannot reset processor '")
                    .contains("another instance sharing the database holds its segments")
                    .contains("stop the other instances, then replay");
            ReadModelSnapshot after = ReadModelSnapshot.of(jdbcOf(tracker));
            before.tables().forEach((table, rows) ->
                    assertThat(after.rows(table)).as("table " + table).containsExactlyElementsOf(rows));
        }
    }

    @Test
    void it_takes_no_arguments(CapturedOutput output) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TrackerApplication.class)
                .web(WebApplicationType.NONE)
                .profiles(ReplayCommand.PROFILE)
                .run("replay", "timeline", "--tracker.data-dir=" + dataDir);

        assertThat(SpringApplication.exit(context)).isEqualTo(64);
        assertThat(output.getErr()).contains("usage: java -jar negotiation-tracker.jar replay");
    }

    private ConfigurableApplicationContext startTracker() {
        return TrackerOnFile.startCaughtUp(dataDir);
    }

    /** {@code replay} in a JVM of its own, with the test's class path, through {@link TrackerApplication#main}. */
    private Run replay() throws IOException, InterruptedException {
        Path out = dataDir.resolve("replay.out");
        Path err = dataDir.resolve("replay.err");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                TrackerApplication.class.getName(),
                "replay", "--tracker.data-dir=" + dataDir, "--tracker.replay.progress-interval=PT0.2S"));
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the replay did not end within 3 minutes: " + Files.readString(out));
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The read models as the replay left them, read straight from the H2 file. */
    private ReadModelSnapshot readModels() {
        return TrackerOnFile.withFileDatabase(dataDir, ReadModelSnapshot::of);
    }

    private static JdbcTemplate jdbcOf(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class);
    }

    private record Run(int exitCode, String out, String err) {
    }
}
