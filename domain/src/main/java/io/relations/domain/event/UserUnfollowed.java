package io.relations.domain.event;

import io.relations.domain.model.Edge;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.util.Objects;

/**
 * The follow of {@code follower} to {@code followed} ended. The actor is the follower (unfollow),
 * the followed user (removing a follower), or either of them when blocking the other.
 */
public record UserUnfollowed(UserId follower, UserId followed, UserId actor) implements RelationshipEvent {

    public UserUnfollowed {
        Edge follow = new Edge(follower, followed);
        Objects.requireNonNull(actor, "actor");
        if (!follow.pair().contains(actor)) {
            throw new IllegalArgumentException("only one of the two users can end a follow");
        }
    }

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
    public PairState applyTo(PairState before) {
        return before.withoutFollow(follow());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.userUnfollowed(this);
    }
}
