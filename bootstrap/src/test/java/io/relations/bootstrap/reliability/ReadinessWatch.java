package io.relations.bootstrap.reliability;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Asks {@code /health/ready} again and again on a thread of its own, and remembers each answer and when it came. */
final class ReadinessWatch implements AutoCloseable {

    private static final Duration PAUSE = Duration.ofMillis(100);

    record Reading(long atNanos, boolean ready) {
    }

    private final List<Reading> readings = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean watching = true;

    private ReadinessWatch(LoadClient client) {
        thread = new Thread(() -> {
            while (watching) {
                Answer answer = client.send("GET", "/health/ready", null, null);
                readings.add(new Reading(System.nanoTime(), answer.status() == 200));
                Pause.of(PAUSE);
            }
        }, "readiness-watch");
        thread.start();
    }

    static ReadinessWatch start(LoadClient client) {
        return new ReadinessWatch(client);
    }

    /** When the first answer after {@code sinceNanos} with readiness {@code ready} came, counted from {@code sinceNanos}. */
    Optional<Duration> firstAfter(long sinceNanos, boolean ready) {
        return readings.stream()
                .filter(reading -> reading.atNanos() > sinceNanos && reading.ready() == ready)
                .findFirst()
                .map(reading -> Duration.ofNanos(reading.atNanos() - sinceNanos));
    }

    @Override
    public void close() {
        watching = false;
        try {
            thread.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
