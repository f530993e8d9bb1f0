package io.relations.domain.decision;

import io.relations.domain.model.UserId;
import java.util.Objects;

/**
 * Lift the actor's block of the target; what the block removed is not restored. A no-op when not blocking.
 *
 * @param actor the blocker
 * @param target the user blocked
 */
public record Unblock(UserId actor, UserId target) implements Command {

    /**
     * The command of {@code actor} on its relationship with {@code target}; the kernel refuses it
     * when the two are the same user.
     *
     * @param actor the blocker
     * @param target the user blocked
     * @throws NullPointerException if either user is null
     */
    public Unblock {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.unblock(this);
    }
}
