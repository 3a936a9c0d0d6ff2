package com.negotiationtracker.config.cli;

import com.negotiationtracker.config.TrackerApplication;
import com.negotiationtracker.config.support.EventStoreRows;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar negotiation-tracker.jar import FILE}: what an editor runs from a shell. */
@ExtendWith(OutputCaptureExtension.class)
class DossierImportCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void imports_a_dossier_then_records_nothing_on_a_second_run(CapturedOutput output) throws IOException {
        Path dossier = Files.writeString(dataDir.resolve("seed-article.yaml"), ReferenceDossier.yaml());

        Run first = importFiles(dossier.toString());
        Run second = importFiles(dossier.toString());

        assertThat(first.exitCode()).isZero();
        assertThat(first.events()).isPositive();
        assertThat(second.exitCode()).isZero();
        assertThat(second.events()).isEqualTo(first.events());
        assertThat(output.getOut()).contains("nothing new to record");
    }

    @Test
    void a_malformed_dossier_exits_non_zero_and_records_nothing(CapturedOutput output) throws IOException {
        Path broken = Files.writeString(dataDir.resolve("broken.json"), "{\"dossier\": \"broken\", \"facts\": [");

        Run run = importFiles(broken.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.events()).isZero();
        assertThat(output.getErr()).contains("broken.json").contains("rejected");
    }

    @Test
    void without_files_it_prints_its_usage(CapturedOutput output) {
        Run run = importFiles();

        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(output.getErr()).contains("usage:");
    }

    private Run importFiles(String... files) {
        List<String> args = new ArrayList<>(List.of("import"));
        args.addAll(List.of(files));
        args.add("--tracker.data-dir=" + dataDir);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TrackerApplication.class)
                .web(WebApplicationType.NONE)
                .profiles(DossierImportCommand.PROFILE)
                .run(args.toArray(String[]::new));
        long events = new EventStoreRows(context.getBean(JdbcTemplate.class)).count();
        return new Run(SpringApplication.exit(context), events);
    }

    private record Run(int exitCode, long events) {
    }
}
