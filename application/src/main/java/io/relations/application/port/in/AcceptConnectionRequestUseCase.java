package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.application.model.RelationshipChange;
import io.relations.domain.model.UserId;

/** The actor accepts the target's pending request. */
public interface AcceptConnectionRequestUseCase {

    /**
     * Connects the two users if the target asked the actor to connect.
     *
     * @param actor  the user who was asked
     * @param target the user who asked
     * @return the relationship, now connected; unchanged when already connected; refused
     *         {@code NO_PENDING_REQUEST} when the target has no request pending to the actor (the
     *         actor's own request to the target does not count); checked first, as for every
     *         command and in this order: denied {@code MODULE_DISABLED}, refused
     *         {@code SELF_RELATIONSHIP} (actor and target are the same user), denied
     *         {@code USER_DELETED} (the actor is not registered) or {@code USER_NOT_FOUND} (the
     *         target is not)
     * @throws NullPointerException if an argument is null
     */
    Outcome<RelationshipChange> acceptConnectionRequest(UserId actor, UserId target);
}
