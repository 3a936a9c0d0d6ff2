package com.negotiationtracker.config.seed;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.Arrays;

/** Tells the person who started the server where to point a browser and where the data lives. */
@Component
public class StartupNotice {

    private final Environment environment;
    private final String dataDir;

    public StartupNotice(Environment environment, @Value("${tracker.data-dir}") String dataDir) {
        this.environment = environment;
        this.dataDir = dataDir;
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
        System.out.printf("%n  Negotiation tracker is running: http://localhost:%d/api/timeline%n"
                + "  Data: %s%n%n", port, storage);
    }
}
