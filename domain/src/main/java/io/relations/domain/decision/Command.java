package io.relations.domain.decision;

import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;

/**
 * Something {@code actor} asks to do to its relationship with {@code target}. Only
 * {@link RelationshipKernel#decide} decides a command: it applies the checks common to all of them
 * first, then the command's own rule (DESIGN §2), which nothing public can call around it.
 *
 * <p>{@link #accept(Visitor)} is the exhaustive dispatch over the command types, since Java 17 has
 * no pattern {@code switch}: a new command adds a method to {@link Visitor}, so neither the
 * kernel's rules nor any other visitor compile until they handle it. Consumers may visit commands
 * too (to name one, to map it to a route); a visitor gives them no decision.
 */
public sealed interface Command
        permits Follow, Unfollow, RemoveFollower,
                RequestConnection, AcceptConnectionRequest, RejectConnectionRequest,
                CancelConnectionRequest, RemoveConnection, Disconnect,
                Block, Unblock {

    /**
     * The user who asks.
     *
     * @return the acting user, never null
     */
    UserId actor();

    /**
     * The user the command is about.
     *
     * @return the target user, never null
     */
    UserId target();

    /**
     * The pair this command acts on.
     *
     * @return the pair of actor and target
     * @throws IllegalArgumentException if actor and target are the same user (there is no such pair)
     */
    default UserPair pair() {
        return UserPair.of(actor(), target());
    }

    /**
     * Calls the visitor's method for this command's type.
     *
     * @param <R> what the visitor answers
     * @param visitor the handling of each command type
     * @return the visitor's answer for this command
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per command type.
     *
     * @param <R> what the visitor answers
     */
    interface Visitor<R> {

        /**
         * Handles a follow.
         *
         * @param command the command
         * @return the visitor's answer
         */
        R follow(Follow command);

        /**
         * Handles an unfollow.
         *
         * @param command the command
         * @return the visitor's answer
         */
        R unfollow(Unfollow command);

        /**
         * Handles the removal of a follower.
         *
         * @param command the command
         * @return the visitor's answer
         */
        R removeFollower(RemoveFollower command);

        /**
         * Handles a connection request.
         *
         * @param command the command
         * @return the visitor's answer
         */
        R requestConnection(RequestConnection command);

        /**
         * Handles the acceptance of a request.
         *
         * @param command the command
         * @return the visitor's answer
         */
        R acceptConnectionRequest(AcceptConnectionRequest command);

        /**
         * Handles the rejection of a request.
         *
         * @param command the command
         * @return the visitor's answer
         */
        R rejectConnectionRequest(RejectConnectionRequest command);

        /**
         * Handles the withdrawal of an own request.
         *
         * @param command the command
         * @return the visitor's answer
         */
        R cancelConnectionRequest(CancelConnectionRequest command);

        /**
         * Handles the removal of a connection.
         *
         * @param command the command
         * @return the visitor's answer
         */
        R removeConnection(RemoveConnection command);

        /**
         * Handles a disconnect.
         *
         * @param command the command
         * @return the visitor's answer
         */
        R disconnect(Disconnect command);

        /**
         * Handles a block.
         *
         * @param command the command
         * @return the visitor's answer
         */
        R block(Block command);

        /**
         * Handles an unblock.
         *
         * @param command the command
         * @return the visitor's answer
         */
        R unblock(Unblock command);
    }
}
