package io.relations.domain.decision;

import io.relations.domain.event.ConnectionAccepted;
import io.relations.domain.event.ConnectionRequested;
import io.relations.domain.model.Connection;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import java.util.Objects;

/**
 * Ask the target to connect. When the target has already asked the actor, both want it: the
 * request is accepted instead of a second one being made.
 */
public record RequestConnection(UserId actor, UserId target) implements Command {

    public RequestConnection {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public Decision decideOn(PairState state) {
        if (state.blockedEitherWay()) {
            return Decision.refused(Refusal.BLOCKED);
        }
        Connection connection = state.connection();
        if (connection instanceof Connection.Pending pending && pending.requester().equals(target)) {
            return Decision.changed(state, new ConnectionAccepted(target, actor));
        }
        if (connection instanceof Connection.None) {
            return Decision.changed(state, new ConnectionRequested(actor, target));
        }
        return Decision.unchanged(state);
    }
}
