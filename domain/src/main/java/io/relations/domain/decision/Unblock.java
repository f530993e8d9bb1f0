package io.relations.domain.decision;

import io.relations.domain.event.UserUnblocked;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import java.util.Objects;

/** Lift the actor's block of the target; what the block removed is not restored. */
public record Unblock(UserId actor, UserId target) implements Command {

    public Unblock {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public Decision decideOn(PairState state) {
        if (!state.blocks(actor, target)) {
            return Decision.unchanged(state);
        }
        return Decision.changed(state, new UserUnblocked(actor, target));
    }
}
