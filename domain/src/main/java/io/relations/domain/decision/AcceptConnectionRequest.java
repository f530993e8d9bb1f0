package io.relations.domain.decision;

import io.relations.domain.event.ConnectionAccepted;
import io.relations.domain.model.Connection;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import java.util.Objects;

/** Accept the target's pending request; a retried accept of an accepted connection succeeds as a no-op. */
public record AcceptConnectionRequest(UserId actor, UserId target) implements Command {

    public AcceptConnectionRequest {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public Decision decideOn(PairState state) {
        Connection connection = state.connection();
        if (connection instanceof Connection.Accepted) {
            return Decision.unchanged(state);
        }
        if (connection instanceof Connection.Pending pending && pending.requester().equals(target)) {
            return Decision.changed(state, new ConnectionAccepted(target, actor));
        }
        return Decision.refused(Refusal.NO_PENDING_REQUEST);
    }
}
