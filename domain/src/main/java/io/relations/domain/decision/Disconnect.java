package io.relations.domain.decision;

import io.relations.domain.event.ConnectionRemoved;
import io.relations.domain.model.Connection;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import java.util.Objects;

/**
 * End whatever connection the actor has with the target (the one command behind
 * {@code DELETE /me/connections/{id}}): an accepted connection is removed, the actor's own pending
 * request withdrawn. A no-op otherwise; a request from the target is rejected, not disconnected.
 * Decided on one state, so no change made in between can split the two cases.
 */
public record Disconnect(UserId actor, UserId target) implements Command {

    public Disconnect {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public Decision decideOn(PairState state) {
        boolean ownRequest = state.connection() instanceof Connection.Pending pending && pending.requester().equals(actor);
        if (state.connection() instanceof Connection.Accepted || ownRequest) {
            return Decision.changed(state, new ConnectionRemoved(state.pair(), actor));
        }
        return Decision.unchanged(state);
    }
}
