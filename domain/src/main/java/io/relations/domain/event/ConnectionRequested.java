package io.relations.domain.event;

import io.relations.domain.model.Connection;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;

/**
 * {@code requester} asked {@code addressee} to connect.
 *
 * @param requester who asked, the actor
 * @param addressee who was asked
 */
public record ConnectionRequested(UserId requester, UserId addressee) implements RelationshipEvent {

    /**
     * A request from one user to the other.
     *
     * @param requester who asked, the actor
     * @param addressee who was asked
     * @throws NullPointerException if either user is null
     * @throws IllegalArgumentException if they are the same user
     */
    public ConnectionRequested {
        new Connection.Pending(requester, addressee);
    }

    @Override
    public UserId actor() {
        return requester;
    }

    @Override
    public UserPair pair() {
        return UserPair.of(requester, addressee);
    }

    @Override
    public HistoryAction action() {
        return HistoryAction.REQUESTED;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.connectionRequested(this);
    }
}
