package io.relations.domain.decision;

import io.relations.domain.model.UserId;
import java.util.Objects;

/**
 * Follow the target: refused while a block exists either way; a no-op when already following.
 *
 * @param actor the user who would follow
 * @param target the user to follow
 */
public record Follow(UserId actor, UserId target) implements Command {

    /**
     * The command of {@code actor} on its relationship with {@code target}; the kernel refuses it
     * when the two are the same user.
     *
     * @param actor the user who would follow
     * @param target the user to follow
     * @throws NullPointerException if either user is null
     */
    public Follow {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.follow(this);
    }
}
