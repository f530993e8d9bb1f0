package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.application.model.RelationshipChange;
import io.relations.domain.model.UserId;

/**
 * The actor ends their connection with the target, whichever it is: an accepted connection is
 * removed, their own pending request withdrawn; one decision in one transaction.
 */
public interface DisconnectUseCase {

    /**
     * Removes the accepted connection or withdraws the actor's own pending request.
     *
     * @param actor  who ends it
     * @param target the other user
     * @return the relationship, not connected; unchanged when there is neither (a request of the
     *         target's stays pending: rejecting it is its own use case); checked first, as for
     *         every command and in this order: denied {@code MODULE_DISABLED}, refused
     *         {@code SELF_RELATIONSHIP} (actor and target are the same user), denied
     *         {@code USER_DELETED} (the actor is not registered) or {@code USER_NOT_FOUND} (the
     *         target is not)
     * @throws NullPointerException if an argument is null
     */
    Outcome<RelationshipChange> disconnect(UserId actor, UserId target);
}
