package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.application.model.RelationshipChange;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.UserId;

/** The actor blocks the target, which removes their follows and connection. */
public interface BlockUseCase {

    /**
     * Blocks the target, first removing the follows both ways and any connection or pending
     * request, so that no state holds a block beside them. A block back is allowed.
     *
     * @param actor  the blocker
     * @param target the user to block
     * @param reason the blocker's reason, {@code BlockReason.NONE} for none
     * @return the relationship, now blocking; unchanged when the actor already blocks the target,
     *         whatever the reason then; checked first, as for every command and in this order:
     *         denied {@code MODULE_DISABLED}, refused {@code SELF_RELATIONSHIP} (actor and target
     *         are the same user), denied {@code USER_DELETED} (the actor is not registered) or
     *         {@code USER_NOT_FOUND} (the target is not)
     * @throws NullPointerException if an argument is null
     */
    Outcome<RelationshipChange> block(UserId actor, UserId target, BlockReason reason);
}
