package io.relations.embedded.postgres;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * How the supervisor restarts a PostgreSQL server that died: at most {@code maxAttempts} starts in a row, the
 * n-th after a pause of {@code firstDelay × 2^(n-1)}, capped at {@code maxDelay}, of which a random part (up to
 * half) is left out so that several services on one machine do not retry in step. A successful restart counts
 * the attempts from zero again. When every attempt has failed the server is {@link ServerState#FAILED} for good.
 *
 * @param maxAttempts how many starts one outage may use; {@code 0} means the server is never restarted
 * @param firstDelay  the pause before the first attempt; positive
 * @param maxDelay    the longest pause between two attempts; at least {@code firstDelay}
 */
public record RestartPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    /** The most attempts a policy may allow: beyond it a server that cannot start would never be reported as failed. */
    public static final int MAX_ATTEMPTS = 1_000;

    /**
     * Checks the bounds.
     *
     * @param maxAttempts starts allowed per outage
     * @param firstDelay the first pause
     * @param maxDelay the longest pause
     * @throws IllegalArgumentException if {@code maxAttempts} is outside 0 to {@link #MAX_ATTEMPTS}, a delay is not
     *                                  positive, or {@code maxDelay} is shorter than {@code firstDelay}
     * @throws NullPointerException     if a delay is {@code null}
     */
    public RestartPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 0 || maxAttempts > MAX_ATTEMPTS) {
            throw new IllegalArgumentException("maxAttempts must be between 0 and " + MAX_ATTEMPTS + ": " + maxAttempts);
        }
        if (firstDelay.isNegative() || firstDelay.isZero()) {
            throw new IllegalArgumentException("firstDelay must be positive: " + firstDelay);
        }
        if (maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("maxDelay (" + maxDelay + ") must be at least firstDelay (" + firstDelay + ")");
        }
    }

    /**
     * Ten attempts from half a second up to 30 seconds apart: about two and a half minutes before giving up, long
     * enough for crash recovery and for the old server's processes to go, short enough for an orchestrator to take
     * over soon.
     *
     * @return the policy the service uses unless configured otherwise
     */
    public static RestartPolicy defaults() {
        return new RestartPolicy(10, Duration.ofMillis(500), Duration.ofSeconds(30));
    }

    /**
     * No restart: the first exit of the server is final.
     *
     * @return a policy of zero attempts
     */
    public static RestartPolicy never() {
        return new RestartPolicy(0, Duration.ofMillis(1), Duration.ofMillis(1));
    }

    /**
     * The pause before an attempt.
     *
     * @param attempt which attempt of the outage, from 1
     * @param random  a number in [0, 1), {@code Math::random} outside tests
     * @return between half and all of {@code min(maxDelay, firstDelay × 2^(attempt-1))}
     * @throws IllegalArgumentException if {@code attempt} is less than 1
     */
    public Duration delayBefore(int attempt, DoubleSupplier random) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1: " + attempt);
        }
        // 2^30 times any positive delay exceeds any sensible maxDelay: the shift stays far from overflowing.
        long doubled = firstDelay.toNanos() << Math.min(attempt - 1, 30);
        long capped = doubled <= 0 ? maxDelay.toNanos() : Math.min(doubled, maxDelay.toNanos());
        return Duration.ofNanos(capped - (long) (capped / 2 * random.getAsDouble()));
    }
}
