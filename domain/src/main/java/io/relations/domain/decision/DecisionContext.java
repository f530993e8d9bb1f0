package io.relations.domain.decision;

import io.relations.domain.model.PairState;
import java.time.Instant;
import java.util.Objects;

/**
 * Everything a decision is made on: the state of the pair and the current time. The time is not
 * read by any rule yet; it is here, with the per-user settings that will join it (private
 * accounts, who may ask to connect, mutes that expire), so that those rules come as new members
 * of this class, a binary-compatible change, and {@link RelationshipKernel#decide} keeps its
 * shape. Built only by {@link #of}; equal when state and time are.
 */
public final class DecisionContext {

    private final PairState state;
    private final Instant now;

    private DecisionContext(PairState state, Instant now) {
        this.state = Objects.requireNonNull(state, "state");
        this.now = Objects.requireNonNull(now, "now");
    }

    /**
     * The context of a decision on {@code state} at {@code now}.
     *
     * @param state the pair's current state, as loaded under the pair's lock
     * @param now the time the decision is made, which is also the time its events are recorded at
     * @return the context
     * @throws NullPointerException if either is null
     */
    public static DecisionContext of(PairState state, Instant now) {
        return new DecisionContext(state, now);
    }

    /**
     * The pair's state the command is decided on.
     *
     * @return the state, never null
     */
    public PairState state() {
        return state;
    }

    /**
     * The time of the decision.
     *
     * @return the instant, never null
     */
    public Instant now() {
        return now;
    }

    /**
     * Equal to another context with the same state and time.
     *
     * @param other any object
     * @return whether the two are the same context
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof DecisionContext that && state.equals(that.state) && now.equals(that.now);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(state, now);
    }

    /**
     * The context for a log or a failed assertion.
     *
     * @return a description, not meant to be parsed
     */
    @Override
    public String toString() {
        return "DecisionContext[state=" + state + ", now=" + now + "]";
    }
}
