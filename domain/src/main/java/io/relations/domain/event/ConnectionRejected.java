package io.relations.domain.event;

import io.relations.domain.model.Connection;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;

/**
 * {@code addressee} turned down the request of {@code requester}: the request is gone, not kept as "rejected".
 *
 * @param requester who had asked
 * @param addressee who rejected, the actor
 */
public record ConnectionRejected(UserId requester, UserId addressee) implements RelationshipEvent {

    /**
     * The rejection of one user's request by the other.
     *
     * @param requester who had asked
     * @param addressee who rejected, the actor
     * @throws NullPointerException if either user is null
     * @throws IllegalArgumentException if they are the same user
     */
    public ConnectionRejected {
        new Connection.Pending(requester, addressee);
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
        return HistoryAction.REJECTED;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.connectionRejected(this);
    }
}
