package io.relations.domain.decision;

import io.relations.domain.model.UserId;
import java.util.Objects;

/**
 * Ask the target to connect. Refused while a block exists either way; when the target has already asked
 * the actor, both want it: the request is accepted instead of a second one being made. A no-op when
 * already connected or when the actor's own request is pending.
 *
 * @param actor the user who asks
 * @param target the user asked
 */
public record RequestConnection(UserId actor, UserId target) implements Command {

    /**
     * The command of {@code actor} on its relationship with {@code target}; the kernel refuses it
     * when the two are the same user.
     *
     * @param actor the user who asks
     * @param target the user asked
     * @throws NullPointerException if either user is null
     */
    public RequestConnection {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.requestConnection(this);
    }
}
