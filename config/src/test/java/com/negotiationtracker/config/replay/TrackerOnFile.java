package com.negotiationtracker.config.replay;

import com.negotiationtracker.config.TrackerApplication;
import com.negotiationtracker.query.replay.ReplayService;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import static org.awaitility.Awaitility.await;

/** The embedded tracker on a data folder of a test's, as a user starts it, and its H2 file read while it is stopped. */
final class TrackerOnFile {

    private TrackerOnFile() {
    }

    /** The tracker as a new user first starts it: the reference story loaded, every processor caught up. */
    static ConfigurableApplicationContext startCaughtUp(Path dataDir) {
        ConfigurableApplicationContext tracker = new SpringApplicationBuilder(TrackerApplication.class)
                .web(WebApplicationType.NONE)
                .run("--tracker.data-dir=" + dataDir);
        ReplayService replays = tracker.getBean(ReplayService.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> replays.progress().everyProcessorCaughtUp());
        return tracker;
    }

    /** Works on the H2 file itself (the tracker stopped, or another process that holds it). */
    static <T> T withFileDatabase(Path dataDir, Function<JdbcTemplate, T> work) {
        SingleConnectionDataSource database = new SingleConnectionDataSource(
                "jdbc:h2:file:" + dataDir + "/tracker;AUTO_SERVER=TRUE", "sa", "", true);
        try {
            return work.apply(new JdbcTemplate(database));
        } finally {
            database.destroy();
        }
    }
}
