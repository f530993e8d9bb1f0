package io.relations.application.model;

import io.relations.domain.model.PairState;
import java.util.Objects;

/**
 * What a command needs to know before the kernel decides, read under the pair's lock in one
 * snapshot: whether the module is switched on, whether the actor and the target are registered,
 * and the pair's current state. While the lock is held none of it can change under the command:
 * a switch of the module and the deletion of either user wait for it.
 */
public record PairFacts(boolean connectionsEnabled, boolean actorKnown, boolean targetKnown, PairState state) {

    public PairFacts {
        Objects.requireNonNull(state, "state");
    }
}
