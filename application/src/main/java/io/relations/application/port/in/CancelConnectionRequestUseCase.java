package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.application.model.RelationshipChange;
import io.relations.domain.model.UserId;

/** The actor withdraws their own pending request to the target. */
public interface CancelConnectionRequestUseCase {

    /**
     * Withdraws the actor's pending request to the target.
     *
     * @param actor  who asked
     * @param target who was asked
     * @return the relationship, without the request; unchanged when the actor has no request
     *         pending to the target (an accepted connection stays); checked first, as for every
     *         command and in this order: denied {@code MODULE_DISABLED}, refused
     *         {@code SELF_RELATIONSHIP} (actor and target are the same user), denied
     *         {@code USER_DELETED} (the actor is not registered) or {@code USER_NOT_FOUND} (the
     *         target is not)
     * @throws NullPointerException if an argument is null
     */
    Outcome<RelationshipChange> cancelConnectionRequest(UserId actor, UserId target);
}
