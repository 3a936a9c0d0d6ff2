package com.negotiationtracker.config.restart;

import com.negotiationtracker.config.TrackerApplication;
import com.negotiationtracker.config.support.EventStoreRows;
import com.negotiationtracker.config.support.ReferenceDossier;
import com.negotiationtracker.config.support.TrackerApi;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A restart on the same file store keeps events, tokens and read models: the same timeline is served at once,
 * no event handler sees an event again, and the reference story is not loaded a second time.
 */
class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void a_restart_keeps_everything_and_reprojects_nothing() {
        List<JsonNode> timelineBefore;
        long eventsBefore;
        try (ConfigurableApplicationContext first = start()) {
            TrackerApi api = api(first);
            await().atMost(Duration.ofSeconds(30)).until(() -> api.timeline().size() == ReferenceDossier.factCount());
            await().atMost(Duration.ofSeconds(30)).until(() -> EventCounter.seen(first) == events(first));
            timelineBefore = api.timeline();
            eventsBefore = events(first);
        }

        try (ConfigurableApplicationContext second = start()) {
            TrackerApi api = api(second);

            assertThat(api.timeline()).isEqualTo(timelineBefore);
            assertThat(events(second)).isEqualTo(eventsBefore);
            // Give the processors time to (wrongly) replay, then check that they did not.
            await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
            assertThat(EventCounter.seen(second)).isZero();
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(TrackerApplication.class, EventCounter.class)
                .run("--tracker.data-dir=" + dataDir, "--server.port=0");
    }

    private static TrackerApi api(ConfigurableApplicationContext context) {
        return new TrackerApi(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    private static long events(ConfigurableApplicationContext context) {
        return new EventStoreRows(context.getBean(JdbcTemplate.class)).count();
    }

    /**
     * Counts, per application context, the distinct events a tracking processor hands it. Not a component: it is
     * registered only by this test.
     */
    @ProcessingGroup("restart-probe")
    static class EventCounter {

        private static final Map<Object, Set<String>> SEEN = new ConcurrentHashMap<>();

        private final Object context = new Object();

        @EventHandler
        void on(Object event, EventMessage<?> message) {
            SEEN.computeIfAbsent(context, key -> ConcurrentHashMap.newKeySet()).add(message.getIdentifier());
        }

        static long seen(ConfigurableApplicationContext context) {
            EventCounter counter = context.getBean(EventCounter.class);
            return SEEN.getOrDefault(counter.context, Set.of()).size();
        }
    }
}
