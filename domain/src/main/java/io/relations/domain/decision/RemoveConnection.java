package io.relations.domain.decision;

import io.relations.domain.model.UserId;
import java.util.Objects;

/**
 * End an accepted connection; a no-op when not connected, pending requests included (cancel or reject those).
 *
 * @param actor either user of the connection
 * @param target the other user
 */
public record RemoveConnection(UserId actor, UserId target) implements Command {

    /**
     * The command of {@code actor} on its relationship with {@code target}; the kernel refuses it
     * when the two are the same user.
     *
     * @param actor either user of the connection
     * @param target the other user
     * @throws NullPointerException if either user is null
     */
    public RemoveConnection {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.removeConnection(this);
    }
}
