package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.application.model.RelationshipChange;
import io.relations.domain.model.UserId;

/** The actor turns down the target's pending request. */
public interface RejectConnectionRequestUseCase {

    /**
     * Turns down the target's pending request to the actor.
     *
     * @param actor  the user who was asked
     * @param target the user who asked
     * @return the relationship, without the request; refused {@code NO_PENDING_REQUEST} when the
     *         target has no request pending to the actor, connected or not; checked first, as for
     *         every command and in this order: denied {@code MODULE_DISABLED}, refused
     *         {@code SELF_RELATIONSHIP} (actor and target are the same user), denied
     *         {@code USER_DELETED} (the actor is not registered) or {@code USER_NOT_FOUND} (the
     *         target is not)
     * @throws NullPointerException if an argument is null
     */
    Outcome<RelationshipChange> rejectConnectionRequest(UserId actor, UserId target);
}
