package com.negotiationtracker.web.live;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.statement.StatementMade;
import com.negotiationtracker.core.testdata.TestFacts;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;

import static com.negotiationtracker.core.testdata.TestFacts.TRUMP;
import static com.negotiationtracker.core.testdata.TestFacts.US_UKRAINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

/**
 * The live feed against a real (in-memory) Axon event store: what is appended to the store reaches a connected client
 * as a server-sent event, and a quiet store sends heartbeats.
 */
// may do everything: these tests are about answers; who may ask is config's AccessControlContract
@WithUserDetails("admin")
@WebMvcTest(controllers = LiveController.class, properties = "tracker.live.heartbeat=PT0.2S")
@Import({LiveSubscribers.class, LiveFeed.class, LiveFeedTest.InMemoryStore.class})
class LiveFeedTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Autowired
    private MockMvc mvc;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private LiveSubscribers subscribers;

    @Test
    void aConnectedClientHearsEachFactRecordedAfterwardsAsAnEventNamedAfterItsKind() throws Exception {
        MvcResult live = connect();
        assertThat(live.getResponse().getContentType()).startsWith(MediaType.TEXT_EVENT_STREAM_VALUE);
        assertThat(live.getResponse().getContentAsString()).startsWith(":connected");

        record(new StatementMade(US_UKRAINE, TestFacts.fact("trump-on-munich")
                .summary("Trump said he may meet Zelenskiy in Munich").on("2025-02-13").build(),
                TRUMP, "social media", List.of()));

        await().atMost(PATIENCE).until(() -> live.getResponse().getContentAsString().contains("event:statement"));
        String stream = live.getResponse().getContentAsString();
        JsonNode fact = JSON.readTree(dataAfter(stream, "event:statement"));
        assertThat(fact.path("factId").asString()).isEqualTo("trump-on-munich");
        assertThat(fact.path("track").asString()).isEqualTo("us-ukraine");
        assertThat(fact.path("kind").asString()).isEqualTo("statement");
        assertThat(fact.path("summary").asString()).isEqualTo("Trump said he may meet Zelenskiy in Munich");
        assertThat(fact.path("validTime").path("value").asString()).isEqualTo("2025-02-13");
        assertThat(fact.path("validTime").path("precision").asString()).isEqualTo("DAY");
        assertThat(fact.path("validTime").path("from").asString()).isEqualTo("2025-02-13T00:00:00Z");
        assertThat(fact.path("validTime").path("until").asString()).isEqualTo("2025-02-14T00:00:00Z");
        assertThat(fact.path("actors").toString()).isEqualTo("[\"trump\"]");
        assertThat(fact.path("recordedAt").asString()).isNotBlank();
    }

    @Test
    void onlyFactsAreSentNotTheBookkeepingOfTracksAndActors() throws Exception {
        MvcResult live = connect();

        record(TestFacts.usUkraineOpened());
        record(new StatementMade(US_UKRAINE, TestFacts.fact("after-the-track").build(), ActorId.of("zelenskiy"),
                "social media", List.of()));

        await().atMost(PATIENCE).until(() -> live.getResponse().getContentAsString().contains("event:statement"));
        assertThat(events(live.getResponse().getContentAsString())).containsExactly("statement");
    }

    @Test
    void aQuietStoreSendsHeartbeats() throws Exception {
        MvcResult live = connect();

        await().atMost(PATIENCE).until(() -> live.getResponse().getContentAsString().contains(":heartbeat"));
    }

    @Test
    void everyClientHearsEveryFact() throws Exception {
        MvcResult first = connect();
        MvcResult second = connect();

        record(new StatementMade(US_UKRAINE, TestFacts.fact("heard-by-all").build(), TRUMP, "press", List.of()));

        await().atMost(PATIENCE).until(() -> first.getResponse().getContentAsString().contains("heard-by-all")
                && second.getResponse().getContentAsString().contains("heard-by-all"));
    }

    private MvcResult connect() throws Exception {
        int before = subscribers.count();
        MvcResult live = mvc.perform(get("/api/live").accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(request().asyncStarted())
                .andReturn();
        assertThat(subscribers.count()).isEqualTo(before + 1);
        return live;
    }

    private void record(Object event) {
        eventStore.publish(GenericEventMessage.asEventMessage(event));
    }

    private static List<String> events(String stream) {
        return stream.lines().filter(line -> line.startsWith("event:")).map(line -> line.substring(6)).toList();
    }

    private static String dataAfter(String stream, String eventLine) {
        List<String> lines = stream.lines().toList();
        int event = lines.indexOf(eventLine);
        return lines.get(event + 1).substring("data:".length());
    }

    @TestConfiguration
    static class InMemoryStore {

        @Bean
        EventStore eventStore() {
            return EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        }
    }
}
