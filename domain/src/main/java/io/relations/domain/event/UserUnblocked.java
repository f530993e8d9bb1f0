package io.relations.domain.event;

import io.relations.domain.model.Edge;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;

/** {@code blocker} lifted their block of {@code blocked}; what the block removed stays removed. */
public record UserUnblocked(UserId blocker, UserId blocked) implements RelationshipEvent {

    public UserUnblocked {
        new Edge(blocker, blocked);
    }

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
    public PairState applyTo(PairState before) {
        return before.withoutBlock(block());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.userUnblocked(this);
    }
}
