package io.relations.testkit.memory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that moves one second each time it is read, so that every command in a test has its own
 * time and lists ordered newest first have a predictable order. In UTC; safe for any number of
 * threads (each reading gets its own second).
 */
public final class TickingClock extends Clock {

    private final AtomicReference<Instant> now;

    /**
     * A clock whose first reading is {@code start}.
     *
     * @param start the first instant read; whole seconds keep every reading exact in storage that
     *              keeps microseconds, as PostgreSQL does
     */
    public TickingClock(Instant start) {
        this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
    }

    /**
     * The current reading, then one second later for the next.
     *
     * @return one second after the previous reading, or the start on the first
     */
    @Override
    public Instant instant() {
        return now.getAndUpdate(instant -> instant.plusSeconds(1));
    }

    /**
     * Always UTC.
     *
     * @return {@link ZoneOffset#UTC}
     */
    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /**
     * Not supported: the use cases read instants only.
     *
     * @param zone ignored
     * @return never
     * @throws UnsupportedOperationException always
     */
    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a ticking clock reads instants only");
    }
}
