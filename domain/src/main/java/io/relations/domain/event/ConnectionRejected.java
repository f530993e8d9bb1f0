package io.relations.domain.event;

import io.relations.domain.model.Connection;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;

/** {@code addressee} turned down the request of {@code requester}: the request is gone, not kept as "rejected". */
public record ConnectionRejected(UserId requester, UserId addressee) implements RelationshipEvent {

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
    public PairState applyTo(PairState before) {
        return before.withConnection(Connection.none());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.connectionRejected(this);
    }
}
