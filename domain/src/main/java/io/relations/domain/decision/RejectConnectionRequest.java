package io.relations.domain.decision;

import io.relations.domain.event.ConnectionRejected;
import io.relations.domain.model.Connection;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import java.util.Objects;

/** Turn down the target's pending request: the request is deleted, and the history says "rejected". */
public record RejectConnectionRequest(UserId actor, UserId target) implements Command {

    public RejectConnectionRequest {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public Decision decideOn(PairState state) {
        if (state.connection() instanceof Connection.Pending pending && pending.requester().equals(target)) {
            return Decision.changed(state, new ConnectionRejected(target, actor));
        }
        return Decision.refused(Refusal.NO_PENDING_REQUEST);
    }
}
