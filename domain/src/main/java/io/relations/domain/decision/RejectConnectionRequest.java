package io.relations.domain.decision;

import io.relations.domain.model.UserId;
import java.util.Objects;

/**
 * Turn down the target's pending request: the request is deleted, and the history says "rejected".
 * Refused when the target has no request pending to the actor.
 *
 * @param actor the addressee of the request
 * @param target its requester
 */
public record RejectConnectionRequest(UserId actor, UserId target) implements Command {

    /**
     * The command of {@code actor} on its relationship with {@code target}; the kernel refuses it
     * when the two are the same user.
     *
     * @param actor the addressee of the request
     * @param target its requester
     * @throws NullPointerException if either user is null
     */
    public RejectConnectionRequest {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.rejectConnectionRequest(this);
    }
}
