package io.relations.domain.event;

import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;

/**
 * Something that happened to a pair. Every history row is one event; {@link Replay} applies a
 * pair's events in order to the empty state and gives its current state. An event on its own only
 * promises that it names two different users; whether it can follow a given state is Replay's to
 * say.
 */
public sealed interface RelationshipEvent
        permits UserFollowed, UserUnfollowed,
                ConnectionRequested, ConnectionAccepted, ConnectionRejected, ConnectionRemoved,
                UserBlocked, UserUnblocked {

    /**
     * The user whose command caused the event.
     *
     * @return one of the pair's two users
     */
    UserId actor();

    /**
     * The pair the event happened to.
     *
     * @return the pair, never null
     */
    UserPair pair();

    /**
     * What the event's history row says happened.
     *
     * @return the action, never null
     */
    HistoryAction action();

    /**
     * Calls the visitor's method for this event's type: exhaustive dispatch over the event types,
     * since Java 17 has no pattern {@code switch}. A new event type adds a method to
     * {@link Visitor}, so no visitor compiles without handling it.
     *
     * @param <R> what the visitor answers
     * @param visitor the handling of each event type
     * @return the visitor's answer for this event
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per event type.
     *
     * @param <R> what the visitor answers
     */
    interface Visitor<R> {
        /**
         * Handles a follow.
         *
         * @param event the event
         * @return the visitor's answer
         */
        R userFollowed(UserFollowed event);

        /**
         * Handles the end of a follow.
         *
         * @param event the event
         * @return the visitor's answer
         */
        R userUnfollowed(UserUnfollowed event);

        /**
         * Handles a connection request.
         *
         * @param event the event
         * @return the visitor's answer
         */
        R connectionRequested(ConnectionRequested event);

        /**
         * Handles an accepted request.
         *
         * @param event the event
         * @return the visitor's answer
         */
        R connectionAccepted(ConnectionAccepted event);

        /**
         * Handles a rejected request.
         *
         * @param event the event
         * @return the visitor's answer
         */
        R connectionRejected(ConnectionRejected event);

        /**
         * Handles the end of a connection or the withdrawal of a request.
         *
         * @param event the event
         * @return the visitor's answer
         */
        R connectionRemoved(ConnectionRemoved event);

        /**
         * Handles a block.
         *
         * @param event the event
         * @return the visitor's answer
         */
        R userBlocked(UserBlocked event);

        /**
         * Handles an unblock.
         *
         * @param event the event
         * @return the visitor's answer
         */
        R userUnblocked(UserUnblocked event);
    }
}
