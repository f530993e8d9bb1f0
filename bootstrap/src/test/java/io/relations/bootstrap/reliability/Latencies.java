package io.relations.bootstrap.reliability;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLongArray;

/** Answer times in whole milliseconds up to a minute, for percentiles over any number of answers in bounded memory. */
final class Latencies {

    private static final int MAX_MILLIS = 60_000;

    private final AtomicLongArray perMillisecond = new AtomicLongArray(MAX_MILLIS + 1);

    void record(long nanos) {
        perMillisecond.incrementAndGet((int) Math.min(MAX_MILLIS, nanos / 1_000_000));
    }

    long count() {
        long count = 0;
        for (int i = 0; i <= MAX_MILLIS; i++) {
            count += perMillisecond.get(i);
        }
        return count;
    }

    /** The time within which {@code percent} of the answers came; zero when there were none. */
    Duration percentile(double percent) {
        long wanted = (long) Math.ceil(count() * percent / 100.0);
        long seen = 0;
        for (int i = 0; i <= MAX_MILLIS; i++) {
            seen += perMillisecond.get(i);
            if (seen >= wanted && seen > 0) {
                return Duration.ofMillis(i);
            }
        }
        return Duration.ZERO;
    }

    Duration max() {
        for (int i = MAX_MILLIS; i >= 0; i--) {
            if (perMillisecond.get(i) > 0) {
                return Duration.ofMillis(i);
            }
        }
        return Duration.ZERO;
    }

    String summary() {
        return "p50 " + percentile(50).toMillis() + " ms, p99 " + percentile(99).toMillis() + " ms, max " + max().toMillis() + " ms";
    }
}
