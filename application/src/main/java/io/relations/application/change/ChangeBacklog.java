package io.relations.application.change;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How far a consumer is behind the log: the lag the delivery metrics show.
 *
 * @param changes      how many committed changes follow the consumer's position, counted up to a
 *                     cap (a count at the cap means "at least")
 * @param oldestWaiting when the oldest of them happened; empty when none waits
 */
public record ChangeBacklog(long changes, Optional<Instant> oldestWaiting) {

    /**
     * A backlog.
     *
     * @param changes       how many changes wait, never negative
     * @param oldestWaiting when the oldest happened
     * @throws NullPointerException     if {@code oldestWaiting} is null
     * @throws IllegalArgumentException if {@code changes} is negative, or zero with an oldest time
     */
    public ChangeBacklog {
        Objects.requireNonNull(oldestWaiting, "oldestWaiting");
        if (changes < 0 || (changes == 0) != oldestWaiting.isEmpty()) {
            throw new IllegalArgumentException("a backlog of " + changes + " changes with oldest " + oldestWaiting);
        }
    }

    /** {@return nothing waits} */
    public static ChangeBacklog none() {
        return new ChangeBacklog(0, Optional.empty());
    }
}
