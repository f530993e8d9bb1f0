package io.relations.domain.event;

import io.relations.domain.model.Connection;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;

/** {@code addressee} accepted the request of {@code requester}; only the addressee can. */
public record ConnectionAccepted(UserId requester, UserId addressee) implements RelationshipEvent {

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
    public PairState applyTo(PairState before) {
        return before.withConnection(new Connection.Accepted(requester, addressee));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.connectionAccepted(this);
    }
}
