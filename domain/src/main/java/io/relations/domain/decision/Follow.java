package io.relations.domain.decision;

import io.relations.domain.event.UserFollowed;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import java.util.Objects;

/** Follow the target: refused while a block exists either way; a no-op when already following. */
public record Follow(UserId actor, UserId target) implements Command {

    public Follow {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public Decision decideOn(PairState state) {
        if (state.blockedEitherWay()) {
            return Decision.refused(Refusal.BLOCKED);
        }
        if (state.follows(actor, target)) {
            return Decision.unchanged(state);
        }
        return Decision.changed(state, new UserFollowed(actor, target));
    }
}
