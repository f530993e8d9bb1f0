package io.relations.application.service;

import io.relations.application.change.ChangePosition;
import io.relations.application.port.out.ChangeLog;
import io.relations.application.port.out.ConsumerPositions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * The change log's retention: removes the changes that happened longer ago than the retention,
 * but never one that a consumer (the Kafka relay, a webhook subscription) has not delivered yet,
 * so what a slow or paused consumer still owes survives however long it waits. A feed reader is
 * no consumer: one that comes back after a removed position is told its position expired
 * ({@link ChangeFeedService}). Each call removes a bounded number, oldest first; holds no state,
 * as safe to share as its ports.
 */
public final class ChangeLogRetention {

    /** The most changes one call removes: one short transaction, whatever the backlog. */
    public static final int MAX_PER_CALL = 1_000;

    private final ChangeLog log;
    private final ConsumerPositions positions;
    private final Clock clock;
    private final Duration retention;

    /**
     * A retention.
     *
     * @param log       the change log
     * @param positions the consumers whose positions retention never passes
     * @param clock     what "now" is
     * @param retention how long a change is kept at least, positive
     * @throws NullPointerException     if any is null
     * @throws IllegalArgumentException if {@code retention} is zero or negative
     */
    public ChangeLogRetention(ChangeLog log, ConsumerPositions positions, Clock clock, Duration retention) {
        this.log = Objects.requireNonNull(log, "log");
        this.positions = Objects.requireNonNull(positions, "positions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retention = Objects.requireNonNull(retention, "retention");
        if (retention.isZero() || retention.isNegative()) {
            throw new IllegalArgumentException("a change log's retention is positive: " + retention);
        }
    }

    /**
     * Removes up to {@value #MAX_PER_CALL} changes older than the retention, none after the
     * slowest consumer's position (the log's latest position when there is no consumer).
     *
     * @return how many it removed; {@value #MAX_PER_CALL} means more may be due
     */
    public int removeExpired() {
        Instant cutOff = clock.instant().minus(retention);
        ChangePosition notAfter = positions.positions().values().stream()
                .min(Comparator.naturalOrder())
                .orElseGet(log::latest);
        return log.removeOlderThan(cutOff, notAfter, MAX_PER_CALL);
    }

    /** {@return how long a change is kept at least} */
    public Duration retention() {
        return retention;
    }
}
