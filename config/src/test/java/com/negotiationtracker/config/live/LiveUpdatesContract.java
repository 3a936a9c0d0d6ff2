package com.negotiationtracker.config.live;

import com.negotiationtracker.config.support.ReferenceDossier;
import com.negotiationtracker.config.support.TrackerApi;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What a client of the live feed hears, checked against what the timeline says of the same facts. */
final class LiveUpdatesContract {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    private LiveUpdatesContract() {
    }

    static LiveClient connect(int port) {
        LiveClient client = new LiveClient(port);
        assertThat(client.status()).isEqualTo(200);
        assertThat(client.contentType()).startsWith("text/event-stream");
        await().atMost(PATIENCE).until(client::connected);
        return client;
    }

    static void postReferenceDossier(int port) {
        TrackerApi.Response response = new TrackerApi(port).postDossier(ReferenceDossier.yaml(), "application/yaml");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    /** The client heard each fact of the reference story once, told as the timeline (served by {@code port}) tells it. */
    static void heardTheReferenceStory(LiveClient client, int port) {
        await().atMost(PATIENCE).until(() -> client.events().size() >= ReferenceDossier.factCount());
        List<LiveClient.Event> events = client.events();
        assertThat(events).hasSize(ReferenceDossier.factCount());
        assertThat(events).extracting(LiveClient.Event::key).doesNotHaveDuplicates();
        assertThat(events).allSatisfy(event -> {
            assertThat(event.data().path("kind").asString()).isEqualTo(event.name());
            assertThat(event.data().path("recordedAt").asString()).isNotBlank();
        });

        TrackerApi api = new TrackerApi(port);
        await().atMost(PATIENCE).until(() -> api.timeline().size() == ReferenceDossier.factCount());
        Map<String, JsonNode> timeline = api.timeline().stream().collect(Collectors.toMap(
                entry -> entry.path("track").asString() + "/" + entry.path("factId").asString(),
                Function.identity()));
        assertThat(events).allSatisfy(event -> {
            JsonNode entry = timeline.get(event.key());
            assertThat(entry).as("the timeline has " + event.key()).isNotNull();
            for (String field : List.of("kind", "summary", "validTime", "actors")) {
                assertThat(event.data().path(field)).as(event.key() + " " + field).isEqualTo(entry.path(field));
            }
        });
    }
}
