package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.application.model.RelationshipChange;
import io.relations.domain.model.UserId;

/** The actor ends their accepted connection with the target. */
public interface RemoveConnectionUseCase {

    /**
     * Ends the accepted connection of the two users, whichever asked.
     *
     * @param actor  who ends it
     * @param target the other user
     * @return the relationship, not connected; unchanged when they are not connected (a pending
     *         request stays); checked first, as for every command and in this order: denied
     *         {@code MODULE_DISABLED}, refused {@code SELF_RELATIONSHIP} (actor and target are the
     *         same user), denied {@code USER_DELETED} (the actor is not registered) or
     *         {@code USER_NOT_FOUND} (the target is not)
     * @throws NullPointerException if an argument is null
     */
    Outcome<RelationshipChange> removeConnection(UserId actor, UserId target);
}
