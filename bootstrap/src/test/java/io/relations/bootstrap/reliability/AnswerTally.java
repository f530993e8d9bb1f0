package io.relations.bootstrap.reliability;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a load was answered, counted from many threads: per status, the 5xx, the answers a healthy
 * service never gives to that call, the requests that got no answer at all, and answer times.
 * Keeps a few unexpected answers to show when a check fails.
 */
final class AnswerTally {

    private static final int SAMPLES = 10;

    private final Map<Integer, LongAdder> perStatus = new ConcurrentHashMap<>();
    private final LongAdder serverErrors = new LongAdder();
    private final LongAdder unexpected = new LongAdder();
    private final ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
    private final Latencies latencies = new Latencies();

    /** Counts the answer; it is unexpected unless its status is one of {@code healthy}. */
    void record(String call, Answer answer, Set<Integer> healthy) {
        perStatus.computeIfAbsent(answer.status(), status -> new LongAdder()).increment();
        latencies.record(answer.tookNanos());
        if (answer.isServerError()) {
            serverErrors.increment();
        }
        if (!healthy.contains(answer.status())) {
            unexpected.increment();
            if (samples.size() < SAMPLES) {
                samples.add(call + " → " + answer);
            }
        }
    }

    void record(Route route, Answer answer) {
        record(route.method() + " " + route.name(), answer, route.healthyStatuses());
    }

    long total() {
        return perStatus.values().stream().mapToLong(LongAdder::sum).sum();
    }

    long count(int status) {
        LongAdder count = perStatus.get(status);
        return count == null ? 0 : count.sum();
    }

    long serverErrors() {
        return serverErrors.sum();
    }

    long unexpected() {
        return unexpected.sum();
    }

    Latencies latencies() {
        return latencies;
    }

    /** A few of the unexpected answers, for the message of a failed check. */
    String samples() {
        return String.join("\n", samples);
    }

    /** "200: 15230, 409: 4810" (0 is "no answer"). */
    String statuses() {
        Map<Integer, Long> sorted = new TreeMap<>();
        perStatus.forEach((status, count) -> sorted.put(status, count.sum()));
        return sorted.toString();
    }
}
