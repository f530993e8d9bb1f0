package io.relations.domain.event;

import io.relations.domain.model.Edge;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.util.Objects;

/**
 * The follow of {@code follower} to {@code followed} ended. The actor is the follower (unfollow),
 * the followed user (removing a follower), or either of them when blocking the other.
 *
 * @param follower who followed
 * @param followed who was followed
 * @param actor who ended the follow: one of the two
 */
public record UserUnfollowed(UserId follower, UserId followed, UserId actor) implements RelationshipEvent {

    /**
     * The end of a follow, by one of its two users.
     *
     * @param follower who followed
     * @param followed who was followed
     * @param actor who ended the follow: one of the two
     * @throws NullPointerException if a user is null
     * @throws IllegalArgumentException if follower and followed are the same user, or the actor is neither
     */
    public UserUnfollowed {
        Edge follow = new Edge(follower, followed);
        Objects.requireNonNull(actor, "actor");
        if (!follow.pair().contains(actor)) {
            throw new IllegalArgumentException("only one of the two users can end a follow");
        }
    }

    /**
     * The ended follow as an edge from follower to followed.
     *
     * @return the edge
     */
    public Edge follow() {
        return new Edge(follower, followed);
    }

    @Override
    public UserPair pair() {
        return follow().pair();
    }

    @Override
    public HistoryAction action() {
        return HistoryAction.UNFOLLOW;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.userUnfollowed(this);
    }
}
