package io.relations.bootstrap;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The pause before a failed round is tried again: doubled with each failure in a row up to a
 * longest pause, with up to half of it left out at random, so that relays of several instances
 * that failed together do not retry together.
 *
 * @param first  the pause after the first failure
 * @param max    the longest pause, at least the first
 * @param random where the jitter comes from
 */
record RetryBackoff(Duration first, Duration max, RandomGenerator random) {

    RetryBackoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(random, "random");
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("a backoff's first pause is positive and its longest at least the first");
        }
    }

    /** The pause after {@code failures} failures in a row (1 or more): within [half, all] of {@code min(max, first × 2^(failures−1))}. */
    Duration after(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("a pause follows at least one failure");
        }
        long full = first.toMillis();
        for (int i = 1; i < failures && full < max.toMillis(); i++) {
            full *= 2;
        }
        full = Math.min(full, max.toMillis());
        long half = full / 2;
        return Duration.ofMillis(full - (half == 0 ? 0 : random.nextLong(half + 1)));
    }
}
