package io.relations.domain.decision;

import io.relations.domain.event.ConnectionRemoved;
import io.relations.domain.model.Connection;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import java.util.Objects;

/** End an accepted connection; a no-op when not connected, pending requests included (cancel or reject those). */
public record RemoveConnection(UserId actor, UserId target) implements Command {

    public RemoveConnection {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public Decision decideOn(PairState state) {
        if (state.connection() instanceof Connection.Accepted) {
            return Decision.changed(state, new ConnectionRemoved(state.pair(), actor));
        }
        return Decision.unchanged(state);
    }
}
