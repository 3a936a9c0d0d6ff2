package com.negotiationtracker.config.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tracker's HTTP API as a test talks to it: over a real socket, as a client would, with a user's HTTP Basic
 * credentials ({@link TestUsers#ADMIN}, who may do everything, unless told otherwise) or none at all.
 */
public final class TrackerApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;

    public TrackerApi(int port) {
        this(port, TestUsers.ADMIN);
    }

    public TrackerApi(int port, TestUsers user) {
        this(port, user == null ? null : user.basicAuthorization());
    }

    private TrackerApi(int port, String authorization) {
        this.base = "http://localhost:" + port;
        this.authorization = authorization;
    }

    /** A client that sends no credentials. */
    public static TrackerApi anonymous(int port) {
        return new TrackerApi(port, (String) null);
    }

    /** A client that sends these HTTP Basic credentials, whether the tracker knows them or not. */
    public static TrackerApi withCredentials(int port, String name, String password) {
        return new TrackerApi(port, TestUsers.basicAuthorization(name, password));
    }

    /**
     * Imports the reference story, failing the test with the answer's body unless it was recorded (201) or was
     * already there (200).
     */
    public Response importReferenceStory() {
        Response response = postDossier(ReferenceDossier.yaml(), "application/yaml");
        assertThat(response.status()).as(response.body()).isIn(200, 201);
        return response;
    }

    public Response postDossier(String content, String contentType) {
        return postDossier(content, contentType, Map.of());
    }

    /** The same with more headers, such as those a browser adds ({@code Origin}, {@code Sec-Fetch-Site}). */
    public Response postDossier(String content, String contentType, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/dossiers"))
                .header("Content-Type", contentType)
                .header("Accept", "application/json, application/problem+json");
        headers.forEach(request::header);
        return send(request.POST(HttpRequest.BodyPublishers.ofString(content)).build());
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

    public Response post(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private Response send(HttpRequest request) {
        if (authorization != null) {
            request = HttpRequest.newBuilder(request, (name, value) -> true)
                    .header("Authorization", authorization).build();
        }
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException("the tracker did not answer " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String body, HttpHeaders headers) {

        /** The first value of a response header; null when there is none. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
