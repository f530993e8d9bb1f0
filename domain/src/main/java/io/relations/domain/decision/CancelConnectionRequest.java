package io.relations.domain.decision;

import io.relations.domain.event.ConnectionRemoved;
import io.relations.domain.model.Connection;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import java.util.Objects;

/** Withdraw the actor's own pending request to the target; a no-op when there is none. */
public record CancelConnectionRequest(UserId actor, UserId target) implements Command {

    public CancelConnectionRequest {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public Decision decideOn(PairState state) {
        if (state.connection() instanceof Connection.Pending pending && pending.requester().equals(actor)) {
            return Decision.changed(state, new ConnectionRemoved(state.pair(), actor));
        }
        return Decision.unchanged(state);
    }
}
