package com.negotiationtracker.config.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * As-of queries over the API, one client, one after the other: each asks for a random valid time within the
 * history and a random record time within the import, the way an analyst scrubs through time.
 */
final class AsOfQueries {

    /** The figures of one kind of query. */
    record Result(String name, Latencies latencies, int errors, long bytes, String firstError) {
        long meanBytes() {
            return latencies.count() == 0 ? 0 : bytes / latencies.count();
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final SplittableRandom random;
    private final Instant validFrom;
    private final Instant validTo;
    private final Instant knownFrom;
    private final Instant knownTo;
    private final List<SyntheticCast.Track> tracks;

    AsOfQueries(URI base, long seed, Instant validFrom, Instant validTo, Instant knownFrom, Instant knownTo,
                List<SyntheticCast.Track> tracks) {
        this.base = base;
        this.random = new SplittableRandom(seed);
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.knownFrom = knownFrom;
        this.knownTo = knownTo;
        this.tracks = tracks;
    }

    /** The kinds of as-of query, by name, each a supplier of request paths. */
    Map<String, Supplier<String>> kinds() {
        Map<String, Supplier<String>> kinds = new LinkedHashMap<>();
        kinds.put("GET /api/state (world, first page of 20 tracks and of 50 channels)", () -> "/api/state?" + times());
        kinds.put("GET /api/state?track=…", () -> "/api/state?" + times() + "&track=" + track());
        kinds.put("GET /api/positions (first page)", () -> "/api/positions?" + times());
        kinds.put("GET /api/timeline (first page of 100)", () -> "/api/timeline?" + times() + "&size=100");
        return kinds;
    }

    /**
     * Runs {@code warmUp} unmeasured queries, then up to {@code count} measured ones, for at most {@code limit}.
     */
    Result run(String name, Supplier<String> path, int warmUp, int count, Duration limit) throws InterruptedException {
        for (int i = 0; i < warmUp; i++) {
            get(path.get());
        }
        Latencies latencies = new Latencies();
        int errors = 0;
        long bytes = 0;
        String firstError = null;
        long deadline = System.nanoTime() + limit.toNanos();
        for (int i = 0; i < count && System.nanoTime() < deadline; i++) {
            String request = path.get();
            long start = System.nanoTime();
            Response response = get(request);
            long elapsed = System.nanoTime() - start;
            if (response.status() == 200) {
                latencies.add(elapsed);
                bytes += response.bytes();
            } else {
                errors++;
                if (firstError == null) {
                    firstError = request + " -> " + response.status() + " " + response.error();
                }
            }
        }
        return new Result(name, latencies, errors, bytes, firstError);
    }

    private record Response(int status, long bytes, String error) {
    }

    private Response get(String path) throws InterruptedException {
        HttpRequest request = BenchmarkUser.RUN.sign(HttpRequest.newBuilder(base.resolve(path)))
                .timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json").GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            String error = response.statusCode() == 200 ? null
                    : new String(response.body(), 0, Math.min(300, response.body().length));
            return new Response(response.statusCode(), response.body().length, error);
        } catch (IOException failed) {
            return new Response(-1, 0, failed.toString());
        }
    }

    private String times() {
        return "validAt=" + between(validFrom, validTo) + "&knownAt=" + between(knownFrom, knownTo);
    }

    private String track() {
        return tracks.get(random.nextInt(tracks.size())).id();
    }

    private Instant between(Instant from, Instant to) {
        long span = Math.max(1, to.toEpochMilli() - from.toEpochMilli());
        return from.plusMillis(random.nextLong(span)).truncatedTo(ChronoUnit.MILLIS);
    }
}
