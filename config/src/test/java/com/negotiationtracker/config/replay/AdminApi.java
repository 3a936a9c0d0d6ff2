package com.negotiationtracker.config.replay;

import com.negotiationtracker.config.support.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import static org.awaitility.Awaitility.await;

/** The replay's HTTP API as an operator's script would use it: start one, follow it until it is done. */
final class AdminApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    AdminApi(int port) {
        this.base = "http://localhost:" + port;
    }

    Answer startReplay() {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/admin/replay"))
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    JsonNode progress() {
        Answer answer = send(HttpRequest.newBuilder(URI.create(base + "/api/admin/replay")).GET().build());
        if (answer.status() != 200) {
            throw new AssertionError("GET /api/admin/replay answered " + answer.status() + ": " + answer.json());
        }
        return answer.json();
    }

    /** Waits until every processor, replayed or not, has handled every event in the store. */
    JsonNode awaitEveryProcessorCaughtUp() {
        return await().atMost(Duration.ofSeconds(60)).until(this::progress, AdminApi::everyProcessorCaughtUp);
    }

    JsonNode awaitState(String state) {
        return await().atMost(Duration.ofSeconds(60))
                .until(this::progress, progress -> state.equals(progress.path("state").asString()));
    }

    static boolean everyProcessorCaughtUp(JsonNode progress) {
        for (String list : new String[]{"processors", "skipped"}) {
            for (JsonNode processor : progress.path(list)) {
                if (!processor.path("caughtUp").asBoolean() || processor.path("replaying").asBoolean()
                        || processor.path("position").asLong() < processor.path("head").asLong()) {
                    return false;
                }
            }
        }
        return !progress.path("processors").isEmpty();
    }

    private Answer send(HttpRequest request) {
        request = HttpRequest.newBuilder(request, (name, value) -> true)
                .header("Authorization", TestUsers.ADMIN.basicAuthorization()).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Location"),
                    JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException("the tracker did not answer " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Answer(int status, Optional<String> location, JsonNode json) {
    }
}
