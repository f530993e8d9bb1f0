package io.relations.domain.event;

import io.relations.domain.model.BlockReason;
import io.relations.domain.model.Edge;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.util.Objects;

/**
 * {@code blocker} blocked {@code blocked}, optionally saying why.
 *
 * @param blocker who blocked, the actor
 * @param blocked who is blocked
 * @param reason the blocker's reason, {@link BlockReason#NONE} for none
 */
public record UserBlocked(UserId blocker, UserId blocked, BlockReason reason) implements RelationshipEvent {

    /**
     * A block of one user by the other.
     *
     * @param blocker who blocked, the actor
     * @param blocked who is blocked
     * @param reason the blocker's reason, {@link BlockReason#NONE} for none
     * @throws NullPointerException if a user or the reason is null
     * @throws IllegalArgumentException if the two users are the same
     */
    public UserBlocked {
        new Edge(blocker, blocked);
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * The block as an edge from blocker to blocked.
     *
     * @return the edge
     */
    public Edge block() {
        return new Edge(blocker, blocked);
    }

    @Override
    public UserId actor() {
        return blocker;
    }

    @Override
    public UserPair pair() {
        return block().pair();
    }

    @Override
    public HistoryAction action() {
        return HistoryAction.BLOCK;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.userBlocked(this);
    }
}
