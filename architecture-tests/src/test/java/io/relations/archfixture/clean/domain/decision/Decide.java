package io.relations.archfixture.clean.domain.decision;

import io.relations.archfixture.clean.domain.command.Follow;
import io.relations.archfixture.clean.domain.event.UserFollowed;
import io.relations.archfixture.clean.domain.model.PairState;
import java.time.Instant;
import java.util.List;

/** Pure: the time comes in as an argument. */
public final class Decide {

    private Decide() {}

    public static Decision follow(PairState state, Follow command, Instant now) {
        if (command.actor().equals(command.target())) {
            return new Decision.Refused("self_relationship");
        }
        if (state.aFollowsB()) {
            return new Decision.Changed(state, List.of());
        }
        return new Decision.Changed(
                state.withFollow(), List.of(new UserFollowed(command.actor(), command.target(), now)));
    }
}
