package io.relations.domain.event;

import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.util.Objects;

/**
 * The pair's connection, accepted or still pending, ended by {@code actor}: removed, withdrawn by
 * its requester, or swept away by a block. The history names only the pair and the actor.
 *
 * @param pair the pair whose connection ended
 * @param actor who ended it
 */
public record ConnectionRemoved(UserPair pair, UserId actor) implements RelationshipEvent {

    /**
     * The end of the pair's connection by one of its users.
     *
     * @param pair the pair whose connection ended
     * @param actor who ended it
     * @throws NullPointerException if the pair or the actor is null
     * @throws IllegalArgumentException if the actor is not one of the pair's users
     */
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
    public <R> R accept(Visitor<R> visitor) {
        return visitor.connectionRemoved(this);
    }
}
