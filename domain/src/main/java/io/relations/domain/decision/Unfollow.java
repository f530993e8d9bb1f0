package io.relations.domain.decision;

import io.relations.domain.event.UserUnfollowed;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import java.util.Objects;

/** Stop following the target; a no-op when not following. Allowed while blocked: it only removes. */
public record Unfollow(UserId actor, UserId target) implements Command {

    public Unfollow {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public Decision decideOn(PairState state) {
        if (!state.follows(actor, target)) {
            return Decision.unchanged(state);
        }
        return Decision.changed(state, new UserUnfollowed(actor, target, actor));
    }
}
