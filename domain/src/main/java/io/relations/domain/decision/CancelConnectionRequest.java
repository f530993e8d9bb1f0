package io.relations.domain.decision;

import io.relations.domain.model.UserId;
import java.util.Objects;

/**
 * Withdraw the actor's own pending request to the target; a no-op when there is none.
 *
 * @param actor the requester
 * @param target the addressee of the request
 */
public record CancelConnectionRequest(UserId actor, UserId target) implements Command {

    /**
     * The command of {@code actor} on its relationship with {@code target}; the kernel refuses it
     * when the two are the same user.
     *
     * @param actor the requester
     * @param target the addressee of the request
     * @throws NullPointerException if either user is null
     */
    public CancelConnectionRequest {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.cancelConnectionRequest(this);
    }
}
