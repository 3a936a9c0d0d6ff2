package com.negotiationtracker.config.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;

/** The tracker's HTTP API as a test talks to it: over a real socket, as a client would. */
public final class TrackerApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public TrackerApi(int port) {
        this.base = "http://localhost:" + port;
    }

    public Response postDossier(String content, String contentType) {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/dossiers"))
                .header("Content-Type", contentType)
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(content)).build());
    }

    public List<JsonNode> timeline() {
        Response response = get("/api/timeline");
        if (response.status() != 200) {
            throw new AssertionError("GET /api/timeline answered " + response.status() + ": " + response.body());
        }
        JsonNode json = response.json();
        JsonNode entries = json.isArray() ? json : json.path("entries");
        return StreamSupport.stream(entries.spliterator(), false).toList();
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("the tracker did not answer " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
