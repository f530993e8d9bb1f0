package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.application.model.RelationshipChange;
import io.relations.domain.model.UserId;

/** The actor makes the target stop following them, without a block. */
public interface RemoveFollowerUseCase {

    /**
     * Ends the target's follow of the actor; the actor's follow of the target stays.
     *
     * @param actor  who is followed
     * @param target the follower to remove
     * @return the relationship, no longer followed by the target; unchanged when the target does
     *         not follow the actor; checked first, as for every command and in this order: denied
     *         {@code MODULE_DISABLED}, refused {@code SELF_RELATIONSHIP} (actor and target are the
     *         same user), denied {@code USER_DELETED} (the actor is not registered) or
     *         {@code USER_NOT_FOUND} (the target is not)
     * @throws NullPointerException if an argument is null
     */
    Outcome<RelationshipChange> removeFollower(UserId actor, UserId target);
}
