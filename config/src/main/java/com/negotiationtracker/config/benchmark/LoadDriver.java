package com.negotiationtracker.config.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives the API with concurrent clients, each sending one request after the other, for a bounded time and at most a
 * bounded number of requests, spreading them over the instances in turn as a load balancer would. Only to the
 * instances it is given (127.0.0.1).
 */
final class LoadDriver {

    /** A request a client is about to send, named by its kind for the figures. */
    record Request(String kind, HttpRequest http) {
    }

    /** Makes each client's next request; one per client, so it needs no locking. */
    interface Client {
        Request next(URI base);
    }

    /** The figures of one kind of request in one phase. */
    static final class Outcome {
        final Latencies latencies = new Latencies();
        final Map<Integer, Integer> failures = new TreeMap<>();
        String firstFailure;

        int errors() {
            return failures.values().stream().mapToInt(Integer::intValue).sum();
        }

        void merge(Outcome other) {
            latencies.addAll(other.latencies);
            other.failures.forEach((status, count) -> failures.merge(status, count, Integer::sum));
            if (firstFailure == null) {
                firstFailure = other.firstFailure;
            }
        }
    }

    /** One phase: every kind of request it sent, over how long. */
    record Phase(String name, int instances, int clients, long nanos, Map<String, Outcome> byKind) {
        long requests() {
            return byKind.values().stream().mapToLong(outcome -> outcome.latencies.count() + outcome.errors()).sum();
        }

        double perSecond(String kind) {
            Outcome outcome = byKind.get(kind);
            return outcome == null ? 0 : outcome.latencies.count() / (nanos / 1e9);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * @param clients one {@link Client} per concurrent client
     * @param limit   how long the phase lasts at most
     * @param maxRequests how many requests the phase sends at most, all clients together
     */
    Phase run(String name, List<URI> instances, List<Client> clients, Duration limit, long maxRequests)
            throws InterruptedException {
        AtomicLong sent = new AtomicLong();
        AtomicLong turn = new AtomicLong();
        List<Map<String, Outcome>> perClient = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(clients.size());
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients.size(); c++) {
            Client client = clients.get(c);
            Map<String, Outcome> outcomes = new TreeMap<>();
            perClient.add(outcomes);
            Thread thread = new Thread(() -> {
                try {
                    while (System.nanoTime() < deadline && sent.incrementAndGet() <= maxRequests) {
                        URI base = instances.get((int) (turn.getAndIncrement() % instances.size()));
                        send(client.next(base), outcomes);
                    }
                } finally {
                    done.countDown();
                }
            }, "load-client-" + c);
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        done.await();
        long nanos = System.nanoTime() - start;
        Map<String, Outcome> byKind = new TreeMap<>();
        perClient.forEach(outcomes -> outcomes.forEach((kind, outcome) ->
                byKind.computeIfAbsent(kind, k -> new Outcome()).merge(outcome)));
        return new Phase(name, instances.size(), clients.size(), nanos, byKind);
    }

    private void send(Request request, Map<String, Outcome> outcomes) {
        Outcome outcome = outcomes.computeIfAbsent(request.kind(), kind -> new Outcome());
        long start = System.nanoTime();
        int status;
        String failure = null;
        try {
            HttpResponse<String> response = http.send(request.http(), HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            if (status >= 300) {
                failure = status + " " + response.body().substring(0, Math.min(300, response.body().length()));
            }
        } catch (IOException failed) {
            status = -1;
            failure = failed.toString();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return;
        }
        long elapsed = System.nanoTime() - start;
        if (failure == null) {
            outcome.latencies.add(elapsed);
        } else {
            outcome.failures.merge(status, 1, Integer::sum);
            if (outcome.firstFailure == null) {
                outcome.firstFailure = failure;
            }
        }
    }

    static SplittableRandom randomFor(long seed, int client) {
        return new SplittableRandom(seed * 1_000_003L + client);
    }
}
