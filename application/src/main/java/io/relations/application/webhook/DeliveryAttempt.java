package io.relations.application.webhook;

import io.relations.application.change.ChangePosition;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One attempt to deliver one change to a subscription, as its administrators can read it back.
 *
 * @param id            the attempt's id (UUIDv7): orders attempts of the same instant
 * @param subscription  the subscription's id
 * @param attemptedAt   when the attempt began
 * @param changeId      the change's id, the {@code webhook-id} sent
 * @param position      the change's position in the log
 * @param outcome       how it ended
 * @param status        the HTTP status, when the endpoint answered
 * @param took          how long it took
 * @param nextAttemptAt when the change is tried again, after a failure; empty when it was
 *                      acknowledged or the subscription was paused for failing too long
 */
public record DeliveryAttempt(UUID id, UUID subscription, Instant attemptedAt, UUID changeId, ChangePosition position,
                              DeliveryResult.Outcome outcome, Optional<Integer> status, Duration took,
                              Optional<Instant> nextAttemptAt) {

    /**
     * An attempt.
     *
     * @param id            its id
     * @param subscription  the subscription's id
     * @param attemptedAt   when
     * @param changeId      the change's id
     * @param position      the change's position
     * @param outcome       how it ended
     * @param status        the HTTP status, when answered
     * @param took          how long, not negative
     * @param nextAttemptAt the next attempt; never after an acknowledged one
     * @throws NullPointerException     if any is null
     * @throws IllegalArgumentException if an acknowledged attempt names a next one, or {@code took} is negative
     */
    public DeliveryAttempt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(attemptedAt, "attemptedAt");
        Objects.requireNonNull(changeId, "changeId");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(took, "took");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        if (took.isNegative() || (outcome == DeliveryResult.Outcome.ACKNOWLEDGED && nextAttemptAt.isPresent())) {
            throw new IllegalArgumentException("an " + outcome + " attempt that took " + took + ", next " + nextAttemptAt);
        }
    }
}
