package io.relations.domain.decision;

import io.relations.domain.model.UserId;
import java.util.Objects;

/**
 * Accept the target's pending request; a retried accept of an accepted connection succeeds as a no-op,
 * anything else is refused: there is no pending request.
 *
 * @param actor the addressee of the request
 * @param target its requester
 */
public record AcceptConnectionRequest(UserId actor, UserId target) implements Command {

    /**
     * The command of {@code actor} on its relationship with {@code target}; the kernel refuses it
     * when the two are the same user.
     *
     * @param actor the addressee of the request
     * @param target its requester
     * @throws NullPointerException if either user is null
     */
    public AcceptConnectionRequest {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.acceptConnectionRequest(this);
    }
}
