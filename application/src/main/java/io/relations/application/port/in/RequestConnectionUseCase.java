package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.application.model.RelationshipChange;
import io.relations.domain.model.UserId;

/** The actor asks the target to connect, or accepts the target's request if there is one. */
public interface RequestConnectionUseCase {

    /**
     * Asks the target to connect; when the target already asked the actor, accepts that request
     * instead, so that two requests never stand side by side.
     *
     * @param actor  who asks
     * @param target who is asked
     * @return the relationship, pending or (after the target's request) connected; unchanged when
     *         the actor's request is already pending or the two are connected; refused
     *         {@code BLOCKED} while either user blocks the other; checked first, as for every
     *         command and in this order: denied {@code MODULE_DISABLED}, refused
     *         {@code SELF_RELATIONSHIP} (actor and target are the same user), denied
     *         {@code USER_DELETED} (the actor is not registered) or {@code USER_NOT_FOUND} (the
     *         target is not)
     * @throws NullPointerException if an argument is null
     */
    Outcome<RelationshipChange> requestConnection(UserId actor, UserId target);
}
