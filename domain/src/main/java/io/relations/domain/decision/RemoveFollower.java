package io.relations.domain.decision;

import io.relations.domain.model.UserId;
import java.util.Objects;

/**
 * Make the target stop following the actor, without blocking them (as Mastodon's remove_from_followers); a no-op when the target does not follow the actor.
 *
 * @param actor the user followed
 * @param target the follower to remove
 */
public record RemoveFollower(UserId actor, UserId target) implements Command {

    /**
     * The command of {@code actor} on its relationship with {@code target}; the kernel refuses it
     * when the two are the same user.
     *
     * @param actor the user followed
     * @param target the follower to remove
     * @throws NullPointerException if either user is null
     */
    public RemoveFollower {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.removeFollower(this);
    }
}
