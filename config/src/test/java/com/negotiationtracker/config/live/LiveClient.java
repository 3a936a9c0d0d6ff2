package com.negotiationtracker.config.live;

import com.negotiationtracker.config.support.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * A client of {@code GET /api/live} over a real socket, as a browser's {@code EventSource} would be: it reads the
 * stream line by line on a thread of its own, and parses the server-sent events out of the lines.
 */
final class LiveClient implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpResponse<Stream<String>> response;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    LiveClient(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/live"))
                .header("Accept", "text/event-stream")
                .header("Authorization", TestUsers.READER.basicAuthorization()).GET().build();
        try {
            response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
        } catch (IOException e) {
            throw new IllegalStateException("the tracker did not answer " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Thread reader = new Thread(() -> {
            try {
                response.body().forEach(lines::add);
            } catch (RuntimeException closed) {
                // the test closed the stream, or the server ended it
            }
        }, "live-client");
        reader.setDaemon(true);
        reader.start();
    }

    int status() {
        return response.statusCode();
    }

    String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    List<String> comments() {
        return lines.stream().filter(line -> line.startsWith(":")).toList();
    }

    boolean connected() {
        return comments().stream().anyMatch(comment -> comment.startsWith(":connected"));
    }

    /** The events received so far: each an {@code event:} line and the {@code data:} line after it. */
    List<Event> events() {
        List<Event> events = new ArrayList<>();
        String name = null;
        for (String line : List.copyOf(lines)) {
            if (line.startsWith("event:")) {
                name = line.substring("event:".length());
            } else if (line.startsWith("data:") && name != null) {
                events.add(new Event(name, JSON.readTree(line.substring("data:".length()))));
                name = null;
            }
        }
        return events;
    }

    @Override
    public void close() {
        response.body().close();
    }

    record Event(String name, JsonNode data) {

        String key() {
            return data.path("track").asString() + "/" + data.path("factId").asString();
        }
    }
}
