package io.relations.domain.event;

import io.relations.domain.model.Edge;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;

/**
 * {@code follower} started following {@code followed}; only a follower can make a follow.
 *
 * @param follower who follows, the actor
 * @param followed who is followed
 */
public record UserFollowed(UserId follower, UserId followed) implements RelationshipEvent {

    /**
     * A follow of one user by the other.
     *
     * @param follower who follows, the actor
     * @param followed who is followed
     * @throws NullPointerException if either user is null
     * @throws IllegalArgumentException if they are the same user
     */
    public UserFollowed {
        new Edge(follower, followed);
    }

    /**
     * The follow as an edge from follower to followed.
     *
     * @return the edge
     */
    public Edge follow() {
        return new Edge(follower, followed);
    }

    @Override
    public UserId actor() {
        return follower;
    }

    @Override
    public UserPair pair() {
        return follow().pair();
    }

    @Override
    public HistoryAction action() {
        return HistoryAction.FOLLOW;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.userFollowed(this);
    }
}
