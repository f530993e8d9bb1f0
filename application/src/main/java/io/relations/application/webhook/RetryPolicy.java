package io.relations.application.webhook;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * When a failing endpoint is tried again and when it is given up on. The n-th failure in a row
 * waits {@code first × 2^(n−1)}, capped at {@code max}, less up to half of that at random (so the
 * subscriptions that failed together, when a receiver went down, do not all come back in step);
 * once the failures have lasted longer than {@code window}, the subscription is paused with its
 * position kept.
 *
 * @param first  the wait after the first failure, before jitter
 * @param max    the longest wait, before jitter
 * @param window how long an endpoint may fail before its subscription is paused
 */
public record RetryPolicy(Duration first, Duration max, Duration window) {

    /** Five seconds doubling to an hour, for a day: the Standard Webhooks providers' order of magnitude. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(5), Duration.ofHours(1), Duration.ofDays(1));

    /**
     * A policy.
     *
     * @param first  the first wait, positive
     * @param max    the longest wait, not shorter than {@code first}
     * @param window how long failures may last, positive
     * @throws NullPointerException     if any is null
     * @throws IllegalArgumentException if the durations do not fit together
     */
    public RetryPolicy {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(window, "window");
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a retry policy waits a positive time, at most max, within a positive window");
        }
    }

    /**
     * The wait after the {@code failures}-th failure in a row.
     *
     * @param failures how many attempts in a row failed, 1 or more
     * @param random   where the jitter comes from
     * @return a wait between half of the capped doubling and all of it
     * @throws IllegalArgumentException if {@code failures} is below 1
     */
    public Duration delayAfter(int failures, RandomGenerator random) {
        if (failures < 1) {
            throw new IllegalArgumentException("a delay follows at least one failure");
        }
        Duration capped = max;
        // 2^30 × first exceeds any sensible max; the cap is reached long before the shift overflows.
        if (failures <= 31 && first.multipliedBy(1L << (failures - 1)).compareTo(max) < 0) {
            capped = first.multipliedBy(1L << (failures - 1));
        }
        long millis = capped.toMillis();
        return Duration.ofMillis(millis - (long) (random.nextDouble() * (millis / 2)));
    }
}
