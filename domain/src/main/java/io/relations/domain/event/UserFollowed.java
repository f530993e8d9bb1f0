package io.relations.domain.event;

import io.relations.domain.model.Edge;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;

/** {@code follower} started following {@code followed}; only a follower can make a follow. */
public record UserFollowed(UserId follower, UserId followed) implements RelationshipEvent {

    public UserFollowed {
        new Edge(follower, followed);
    }

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
    public PairState applyTo(PairState before) {
        return before.withFollow(follow());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.userFollowed(this);
    }
}
