package io.relations.domain.event;

import io.relations.domain.model.Connection;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.util.Objects;

/**
 * The pair's connection, accepted or still pending, ended by {@code actor}: removed, withdrawn by
 * its requester, or swept away by a block. The history names only the pair and the actor.
 */
public record ConnectionRemoved(UserPair pair, UserId actor) implements RelationshipEvent {

    public ConnectionRemoved {
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(actor, "actor");
        if (!pair.contains(actor)) {
            throw new IllegalArgumentException("only one of the two users can end their connection");
        }
    }

    @Override
    public HistoryAction action() {
        return HistoryAction.REMOVED;
    }

    @Override
    public PairState applyTo(PairState before) {
        return before.withConnection(Connection.none());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.connectionRemoved(this);
    }
}
