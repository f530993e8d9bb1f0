package io.relations.benchmarks.http;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends a fixed list of requests at a fixed arrival rate, whether or not earlier ones have been
 * answered (open loop), so a slow server shows up as latency instead of as fewer requests.
 * Latency runs from the request's scheduled start, not from when it was actually sent.
 */
final class OpenLoopRun {

    private static final long ANSWER_DEADLINE_SECONDS = 120;

    private final HttpClient client;

    OpenLoopRun(HttpClient client) {
        this.client = client;
    }

    LatencySummary run(String name, List<HttpRequest> requests, double perSecond) {
        long intervalNanos = (long) (1e9 / perSecond);
        long[] latencyNanos = new long[requests.size()];
        AtomicInteger failed = new AtomicInteger();
        CompletableFuture<?>[] answers = new CompletableFuture<?>[requests.size()];
        long start = System.nanoTime();
        for (int i = 0; i < requests.size(); i++) {
            long scheduled = start + i * intervalNanos;
            waitUntil(scheduled);
            int index = i;
            answers[i] = client.sendAsync(requests.get(i), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> {
                        latencyNanos[index] = System.nanoTime() - scheduled;
                        if (error != null || response.statusCode() >= 300) {
                            failed.incrementAndGet();
                        }
                    });
        }
        CompletableFuture.allOf(answers).orTimeout(ANSWER_DEADLINE_SECONDS, TimeUnit.SECONDS).exceptionally(error -> null).join();
        long elapsed = System.nanoTime() - start;
        return LatencySummary.of(name, latencyNanos, failed.get(), perSecond, elapsed);
    }

    private static void waitUntil(long nanoTime) {
        long remaining;
        while ((remaining = nanoTime - System.nanoTime()) > 0) {
            LockSupport.parkNanos(remaining);
        }
    }
}
