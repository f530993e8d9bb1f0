package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.application.model.RelationshipChange;
import io.relations.domain.model.UserId;

/** The actor stops following the target. */
public interface UnfollowUseCase {

    /**
     * Ends the actor's follow of the target.
     *
     * @param actor  who follows
     * @param target whom
     * @return the relationship, not following; unchanged when not following; checked first, as for
     *         every command and in this order: denied {@code MODULE_DISABLED}, refused
     *         {@code SELF_RELATIONSHIP} (actor and target are the same user), denied
     *         {@code USER_DELETED} (the actor is not registered) or {@code USER_NOT_FOUND} (the
     *         target is not)
     * @throws NullPointerException if an argument is null
     */
    Outcome<RelationshipChange> unfollow(UserId actor, UserId target);
}
