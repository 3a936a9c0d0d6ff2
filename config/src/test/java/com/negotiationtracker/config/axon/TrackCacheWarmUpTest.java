package com.negotiationtracker.config.axon;

import com.negotiationtracker.config.TrackerApplication;
import com.negotiationtracker.core.track.NegotiationTrack;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded tracker on a data folder of the test's, started as a user starts it (the reference story loaded into
 * the empty store), stopped, and started again: what the restarted tracker holds in its tracks' cache before any
 * write.
 */
class TrackCacheWarmUpTest {

    @TempDir
    Path dataDir;

    @Test
    void a_restarted_tracker_loads_the_tracks_written_to_last_into_its_cache_before_any_write() {
        List<String> tracks;
        try (ConfigurableApplicationContext first = start()) {
            tracks = tracksNewestFirst(first);
        }
        assertThat(tracks).as("the reference story's tracks").hasSizeGreaterThan(1);

        try (ConfigurableApplicationContext restarted = start()) {
            Cache cache = restarted.getBean("trackCache", Cache.class);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(tracks).allMatch(cache::containsKey));
        }
    }

    @Test
    void with_room_for_fewer_tracks_those_written_to_last_are_loaded() {
        start().close();
        try (ConfigurableApplicationContext restarted = start("--tracker.tracks.warm-up=false")) {
            Cache cache = restarted.getBean("trackCache", Cache.class);
            List<String> tracks = tracksNewestFirst(restarted);
            TrackCacheWarmUp roomForOne = new TrackCacheWarmUp(restarted.getBean(JdbcTemplate.class),
                    tracksRepository(restarted), restarted.getBean(TransactionManager.class), 1);

            assertThat(tracks).noneMatch(cache::containsKey);
            assertThat(roomForOne.warmUp()).isEqualTo(1);
            assertThat(tracks.stream().filter(cache::containsKey)).containsExactly(tracks.get(0));
        }
    }

    private ConfigurableApplicationContext start(String... settings) {
        String[] arguments = new String[settings.length + 1];
        arguments[0] = "--tracker.data-dir=" + dataDir;
        System.arraycopy(settings, 0, arguments, 1, settings.length);
        return new SpringApplicationBuilder(TrackerApplication.class).web(WebApplicationType.NONE).run(arguments);
    }

    /** Every track's stream, the one with the newest event first, from the event table. */
    private static List<String> tracksNewestFirst(ConfigurableApplicationContext tracker) {
        return tracker.getBean(JdbcTemplate.class).queryForList("select aggregate_identifier from domain_event_entry"
                + " where aggregate_identifier like 'track:%' group by aggregate_identifier"
                + " order by max(global_index) desc", String.class);
    }

    @SuppressWarnings("unchecked")
    private static Repository<NegotiationTrack> tracksRepository(ConfigurableApplicationContext tracker) {
        return (Repository<NegotiationTrack>) tracker.getBean("negotiationTrackRepository", Repository.class);
    }
}
