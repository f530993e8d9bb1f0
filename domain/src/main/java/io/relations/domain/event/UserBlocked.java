package io.relations.domain.event;

import io.relations.domain.model.BlockReason;
import io.relations.domain.model.Edge;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.util.Objects;

/** {@code blocker} blocked {@code blocked}, optionally saying why. */
public record UserBlocked(UserId blocker, UserId blocked, BlockReason reason) implements RelationshipEvent {

    public UserBlocked {
        new Edge(blocker, blocked);
        Objects.requireNonNull(reason, "reason");
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
        return HistoryAction.BLOCK;
    }

    @Override
    public PairState applyTo(PairState before) {
        return before.withBlock(block(), reason);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.userBlocked(this);
    }
}
