package io.relations.application.model;

import io.relations.domain.model.PairState;
import java.util.Objects;

/**
 * What a command needs to know before the kernel decides, read under the pair's lock in one
 * snapshot: whether the module is switched on, whether the actor and the target are registered,
 * and the pair's current state. While the lock is held none of it can change under the command:
 * a switch of the module and the deletion of either user wait for it.
 *
 * @param connectionsEnabled whether the module is switched on
 * @param actorKnown         whether the actor is registered
 * @param targetKnown        whether the target is registered
 * @param state              the pair's state: the replay of its recorded events
 */
public record PairFacts(boolean connectionsEnabled, boolean actorKnown, boolean targetKnown, PairState state) {

    /**
     * The facts.
     *
     * @param connectionsEnabled whether the module is switched on
     * @param actorKnown         whether the actor is registered
     * @param targetKnown        whether the target is registered
     * @param state              the pair's state: the replay of its recorded events
     * @throws NullPointerException if {@code state} is null
     */
    public PairFacts {
        Objects.requireNonNull(state, "state");
    }
}
