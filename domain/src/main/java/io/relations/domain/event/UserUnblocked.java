package io.relations.domain.event;

import io.relations.domain.model.Edge;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;

/**
 * {@code blocker} lifted their block of {@code blocked}; what the block removed stays removed.
 *
 * @param blocker who had blocked, the actor
 * @param blocked who was blocked
 */
public record UserUnblocked(UserId blocker, UserId blocked) implements RelationshipEvent {

    /**
     * The lifting of one user's block of the other.
     *
     * @param blocker who had blocked, the actor
     * @param blocked who was blocked
     * @throws NullPointerException if either user is null
     * @throws IllegalArgumentException if they are the same user
     */
    public UserUnblocked {
        new Edge(blocker, blocked);
    }

    /**
     * The lifted block as an edge from blocker to blocked.
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
        return HistoryAction.UNBLOCK;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.userUnblocked(this);
    }
}
