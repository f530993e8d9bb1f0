package io.relations.domain.decision;

import io.relations.domain.model.UserId;
import java.util.Objects;

/**
 * Stop following the target; a no-op when not following. Allowed while blocked: it only removes.
 *
 * @param actor the follower
 * @param target the user followed
 */
public record Unfollow(UserId actor, UserId target) implements Command {

    /**
     * The command of {@code actor} on its relationship with {@code target}; the kernel refuses it
     * when the two are the same user.
     *
     * @param actor the follower
     * @param target the user followed
     * @throws NullPointerException if either user is null
     */
    public Unfollow {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.unfollow(this);
    }
}
