package io.relations.domain.event;

import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;

/**
 * Something that happened to a pair. Every history row is one event; applying a pair's events in
 * order to the empty state gives its current state.
 */
public sealed interface RelationshipEvent
        permits UserFollowed, UserUnfollowed,
                ConnectionRequested, ConnectionAccepted, ConnectionRejected, ConnectionRemoved,
                UserBlocked, UserUnblocked {

    /** The user whose command caused the event. */
    UserId actor();

    UserPair pair();

    HistoryAction action();

    /** The state after this event, given the state before it. */
    PairState applyTo(PairState before);

    /** Exhaustive dispatch over the event types (Java 17 has no pattern switch). */
    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
        R userFollowed(UserFollowed event);

        R userUnfollowed(UserUnfollowed event);

        R connectionRequested(ConnectionRequested event);

        R connectionAccepted(ConnectionAccepted event);

        R connectionRejected(ConnectionRejected event);

        R connectionRemoved(ConnectionRemoved event);

        R userBlocked(UserBlocked event);

        R userUnblocked(UserUnblocked event);
    }
}
