package io.relations.domain.event;

import io.relations.domain.model.Connection;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;

/**
 * {@code addressee} accepted the request of {@code requester}; only the addressee can.
 *
 * @param requester who had asked
 * @param addressee who accepted, the actor
 */
public record ConnectionAccepted(UserId requester, UserId addressee) implements RelationshipEvent {

    /**
     * The acceptance of one user's request by the other.
     *
     * @param requester who had asked
     * @param addressee who accepted, the actor
     * @throws NullPointerException if either user is null
     * @throws IllegalArgumentException if they are the same user
     */
    public ConnectionAccepted {
        new Connection.Accepted(requester, addressee);
    }

    @Override
    public UserId actor() {
        return addressee;
    }

    @Override
    public UserPair pair() {
        return UserPair.of(requester, addressee);
    }

    @Override
    public HistoryAction action() {
        return HistoryAction.ACCEPTED;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.connectionAccepted(this);
    }
}
