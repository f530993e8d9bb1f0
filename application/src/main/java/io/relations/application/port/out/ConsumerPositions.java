package io.relations.application.port.out;

import io.relations.application.change.ChangePosition;
import io.relations.application.change.ConsumerName;
import java.util.Map;
import java.util.Optional;

/**
 * Where each consumer of the change log (the Kafka relay, each webhook subscription) stands, kept
 * in the same storage as the log, so a restart resumes where the consumer stopped.
 */
public interface ConsumerPositions {

    /**
     * Claims a consumer for this process, creating it at {@code startAt} if it is new.
     *
     * @param consumer the consumer
     * @param startAt  where a new consumer starts
     * @return the claim, or empty when another process holds the consumer now
     */
    Optional<ConsumerClaim> tryClaim(ConsumerName consumer, ChangePosition startAt);

    /**
     * Moves a consumer's position, whoever holds it: an administrator's replay from a position,
     * or a reset. Waits for a claim on it to be closed.
     *
     * @param consumer the consumer
     * @param position its new position
     */
    void reset(ConsumerName consumer, ChangePosition position);

    /**
     * Forgets a consumer (a deleted subscription): retention no longer waits for it.
     *
     * @param consumer the consumer
     */
    void forget(ConsumerName consumer);

    /** {@return every consumer's position: retention keeps what the slowest has not passed} */
    Map<ConsumerName, ChangePosition> positions();
}
