package io.relations.domain.decision;

import io.relations.domain.model.UserId;
import java.util.Objects;

/**
 * End whatever connection the actor has with the target (the one command behind
 * {@code DELETE /me/connections/{id}}): an accepted connection is removed, the actor's own pending
 * request withdrawn. A no-op otherwise; a request from the target is rejected, not disconnected.
 * Decided on one state, so no change made in between can split the two cases.
 *
 * @param actor either user
 * @param target the other user
 */
public record Disconnect(UserId actor, UserId target) implements Command {

    /**
     * The command of {@code actor} on its relationship with {@code target}; the kernel refuses it
     * when the two are the same user.
     *
     * @param actor either user
     * @param target the other user
     * @throws NullPointerException if either user is null
     */
    public Disconnect {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.disconnect(this);
    }
}
