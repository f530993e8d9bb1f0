package io.relations.application.port.out;

import io.relations.application.change.ChangePosition;

/**
 * A consumer's position while one process holds it: no other process claims the same consumer
 * until this claim is closed (or its process dies), so one consumer's deliveries never run twice
 * side by side. Not for use by more than one thread.
 */
public interface ConsumerClaim extends AutoCloseable {

    /** {@return the position the consumer has delivered through; {@link ChangePosition#START} at first} */
    ChangePosition position();

    /**
     * Keeps a new position, durably: after a crash the consumer resumes after it.
     *
     * @param delivered the position of the last change delivered (or skipped as not the
     *                  consumer's), not before {@link #position()}
     * @throws IllegalArgumentException if it lies before the current position
     * @throws IllegalStateException    after {@link #close()}
     */
    void advance(ChangePosition delivered);

    /** Gives the consumer up; another process may claim it. */
    @Override
    void close();
}
