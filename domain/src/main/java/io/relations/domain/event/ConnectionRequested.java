package io.relations.domain.event;

import io.relations.domain.model.Connection;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;

/** {@code requester} asked {@code addressee} to connect. */
public record ConnectionRequested(UserId requester, UserId addressee) implements RelationshipEvent {

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
    public PairState applyTo(PairState before) {
        return before.withConnection(new Connection.Pending(requester, addressee));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.connectionRequested(this);
    }
}
