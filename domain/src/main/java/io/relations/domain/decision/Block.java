package io.relations.domain.decision;

import io.relations.domain.model.BlockReason;
import io.relations.domain.model.UserId;
import java.util.Objects;

/**
 * Block the target. The block overrides everything else: the follows both ways and any connection,
 * pending or accepted, are removed first, each removal logged with the blocker as actor, so that no
 * intermediate state ever holds a block beside a follow or a connection. A no-op when already
 * blocking, whatever the reason.
 *
 * @param actor the blocker
 * @param target the user to block
 * @param reason the blocker's reason, {@link BlockReason#NONE} for none
 */
public record Block(UserId actor, UserId target, BlockReason reason) implements Command {

    /**
     * A block with a reason; the kernel refuses it when the two users are the same.
     *
     * @param actor the blocker
     * @param target the user to block
     * @param reason the blocker's reason, {@link BlockReason#NONE} for none
     * @throws NullPointerException if a user or the reason is null
     */
    public Block {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * A block without a reason.
     *
     * @param actor the blocker
     * @param target the user to block
     * @throws NullPointerException if either user is null
     */
    public Block(UserId actor, UserId target) {
        this(actor, target, BlockReason.NONE);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.block(this);
    }
}
