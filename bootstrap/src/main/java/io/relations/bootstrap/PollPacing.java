package io.relations.bootstrap;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a delivery loop waits before its next round when the last one succeeded: not at all
 * after a full round (more is waiting), the poll interval after a round that found something, and
 * while rounds find nothing, twice the last pause up to the longest idle pause. An idle service
 * so asks the database a few times a second at first and then about once per longest pause,
 * while a change that arrives waits at most that long.
 *
 * @param interval    the pause after a round that found something but was not full
 * @param longestIdle the longest pause while rounds find nothing, at least the interval
 */
record PollPacing(Duration interval, Duration longestIdle) {

    /** The service's pacing: a change waits a quarter of a second while changes flow, a second at most when idle. */
    static final PollPacing DEFAULT = new PollPacing(Duration.ofMillis(250), Duration.ofSeconds(1));

    PollPacing {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(longestIdle, "longestIdle");
        if (interval.isNegative() || interval.isZero() || longestIdle.compareTo(interval) < 0) {
            throw new IllegalArgumentException("a poll interval is positive and the longest idle pause at least the interval");
        }
    }

    /**
     * The pause after a round that read {@code read} changes.
     *
     * @param read      what the round read (or delivered)
     * @param batchSize a round that read this many was full
     * @param last      the pause after the round before (zero at first)
     * @return the pause before the next round
     */
    Duration after(int read, int batchSize, Duration last) {
        if (read >= batchSize) {
            return Duration.ZERO;
        }
        if (read > 0 || last.compareTo(interval) < 0) {
            return interval;
        }
        Duration doubled = last.multipliedBy(2);
        return doubled.compareTo(longestIdle) < 0 ? doubled : longestIdle;
    }
}
