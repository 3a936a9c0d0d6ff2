package com.negotiationtracker.config.security;

import com.negotiationtracker.config.TrackerApplication;
import com.negotiationtracker.config.support.PostgresSchema;
import com.negotiationtracker.config.support.ReferenceDossier;
import com.negotiationtracker.config.support.TrackerApi;
import com.negotiationtracker.web.security.InvalidUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The users a whole tracker starts with: generated for an embedded one nobody configured (and printed where to find),
 * refused for a PostgreSQL deployment whose users are missing or guessable.
 */
@ExtendWith(OutputCaptureExtension.class)
class UsersAtStartupTest {

    @TempDir
    Path dataDir;

    @Test
    void the_postgres_profile_refuses_to_start_with_a_default_password(CapturedOutput output) {
        assertThatThrownBy(() -> startPostgres("--tracker.users=admin:changeme:ADMIN").close())
                .hasRootCauseInstanceOf(InvalidUsers.class)
                .rootCause().hasMessageContaining("user 'admin'").hasMessageContaining("default");
        assertThat(output).contains("APPLICATION FAILED TO START").contains("Refusing to start")
                .contains("TRACKER_USERS");
    }

    @Test
    void the_postgres_profile_refuses_to_start_without_users() {
        assertThatThrownBy(() -> startPostgres("--tracker.users=").close())
                .hasRootCauseInstanceOf(InvalidUsers.class)
                .rootCause().hasMessageContaining("tracker.users (TRACKER_USERS) is empty");
    }

    @Test
    void an_embedded_tracker_without_users_generates_them_once_and_says_where_their_passwords_are(
            CapturedOutput output) throws IOException {
        Path file = dataDir.resolve("credentials.properties");
        Properties passwords;
        try (ConfigurableApplicationContext first = startEmbedded()) {
            passwords = read(file);
            TrackerApi admin = TrackerApi.withCredentials(port(first), "admin", passwords.getProperty("admin"));
            TrackerApi reader = TrackerApi.withCredentials(port(first), "reader", passwords.getProperty("reader"));

            assertThat(output).contains(file.toAbsolutePath().normalize().toString()).contains("'admin'");
            assertThat(admin.get("/api/admin/replay").status()).isEqualTo(200);
            assertThat(reader.get("/api/timeline").status()).isEqualTo(200);
            assertThat(reader.postDossier(ReferenceDossier.yaml(), "application/yaml").status()).isEqualTo(403);
        }
        try (ConfigurableApplicationContext second = startEmbedded()) {
            TrackerApi admin = TrackerApi.withCredentials(port(second), "admin", passwords.getProperty("admin"));

            assertThat(read(file)).isEqualTo(passwords);
            assertThat(admin.get("/api/admin/replay").status()).isEqualTo(200);
        }
        assertThat(output).doesNotContain(passwords.getProperty("admin"));
    }

    private ConfigurableApplicationContext startEmbedded() {
        return new SpringApplicationBuilder(TrackerApplication.class).run("--tracker.users=",
                "--tracker.data-dir=" + dataDir, "--server.port=0",
                "--tracker.reference-story.load-into-empty-store=false");
    }

    private ConfigurableApplicationContext startPostgres(String users) {
        List<String> arguments = new ArrayList<>(PostgresSchema.arguments());
        arguments.addAll(List.of(users, "--tracker.data-dir=" + dataDir, "--server.port=0"));
        return new SpringApplicationBuilder(TrackerApplication.class).profiles("postgres")
                .run(arguments.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        }
        return properties;
    }
}
