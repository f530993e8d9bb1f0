package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.application.model.RelationshipChange;
import io.relations.domain.model.UserId;

/** The actor lifts their block of the target. */
public interface UnblockUseCase {

    /**
     * Lifts the actor's block of the target; the follows and connection it removed stay removed.
     *
     * @param actor  the blocker
     * @param target the blocked user
     * @return the relationship, not blocking; unchanged when the actor does not block the target
     *         (the target's block of the actor stays); checked first, as for every command and in
     *         this order: denied {@code MODULE_DISABLED}, refused {@code SELF_RELATIONSHIP} (actor
     *         and target are the same user), denied {@code USER_DELETED} (the actor is not
     *         registered) or {@code USER_NOT_FOUND} (the target is not)
     * @throws NullPointerException if an argument is null
     */
    Outcome<RelationshipChange> unblock(UserId actor, UserId target);
}
