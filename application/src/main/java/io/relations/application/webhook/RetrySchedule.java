package io.relations.application.webhook;

import java.time.Instant;
import java.util.Objects;

/**
 * A subscription whose endpoint is failing: since when, how many attempts in a row failed, and
 * when the dispatcher tries again. Gone once an attempt is acknowledged or an administrator
 * activates the subscription.
 *
 * @param failingSince   when the first of the failed attempts in a row was made
 * @param failedAttempts how many attempts in a row failed, 1 or more
 * @param nextAttemptAt  no attempt is made before this time
 */
public record RetrySchedule(Instant failingSince, int failedAttempts, Instant nextAttemptAt) {

    /**
     * A schedule.
     *
     * @param failingSince   when the failures began
     * @param failedAttempts how many in a row, 1 or more
     * @param nextAttemptAt  the next attempt, not before {@code failingSince}
     * @throws NullPointerException     if a time is null
     * @throws IllegalArgumentException if the count is below 1 or the next attempt precedes the failures
     */
    public RetrySchedule {
        Objects.requireNonNull(failingSince, "failingSince");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        if (failedAttempts < 1 || nextAttemptAt.isBefore(failingSince)) {
            throw new IllegalArgumentException("a retry after " + failedAttempts + " failures at " + nextAttemptAt);
        }
    }
}
