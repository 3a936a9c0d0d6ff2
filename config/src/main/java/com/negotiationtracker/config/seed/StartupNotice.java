package com.negotiationtracker.config.seed;

import com.negotiationtracker.web.security.TrackerUsers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Tells the person who started the server where to point a browser, whom to log in as and where the data lives.
 * Passwords are never printed: a generated one is in the credentials file named, readable by its owner only.
 */
@Component
public class StartupNotice {

    private final Environment environment;
    private final String dataDir;
    private final ObjectProvider<TrackerUsers> users;

    public StartupNotice(Environment environment, @Value("${tracker.data-dir}") String dataDir,
                         ObjectProvider<TrackerUsers> users) {
        this.environment = environment;
        this.dataDir = dataDir;
        this.users = users;
    }

    @EventListener
    public void onReady(ApplicationReadyEvent ready) {
        if (!(ready.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        int port = web.getWebServer().getPort();
        String storage = Arrays.asList(environment.getActiveProfiles()).contains("postgres")
                ? "PostgreSQL at " + environment.getProperty("spring.datasource.url")
                : "H2 file database in " + Path.of(dataDir).toAbsolutePath().normalize();
        System.out.printf("%n  Negotiation tracker is running: http://localhost:%d/%n"
                + "  API: http://localhost:%d/api/timeline (described at http://localhost:%d/swagger-ui.html)%n"
                + "%s  Data: %s%n%n", port, port, port, login(users.getIfAvailable()), storage);
    }

    private static String login(TrackerUsers users) {
        if (users == null) {
            return "";
        }
        return users.credentialsFile()
                .map(file -> "  Log in as 'admin' (or 'editor', 'auditor', 'reader'); the passwords are in " + file
                        + "%n".formatted())
                .orElse("  Users (from tracker.users): " + String.join(", ", users.names()) + "%n".formatted());
    }
}
