package io.relations.domain.decision;

import io.relations.domain.event.UserUnfollowed;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import java.util.Objects;

/** Make the target stop following the actor, without blocking them (as Mastodon's remove_from_followers). */
public record RemoveFollower(UserId actor, UserId target) implements Command {

    public RemoveFollower {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public Decision decideOn(PairState state) {
        if (!state.follows(target, actor)) {
            return Decision.unchanged(state);
        }
        return Decision.changed(state, new UserUnfollowed(target, actor, actor));
    }
}
