package io.relations.application.model;

import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import java.util.Map;
import java.util.Set;

/**
 * What the batch lookup reads in one snapshot: whether the module is switched on, which of the
 * named users (the actor among them) are registered, and the state of the actor's pair with each
 * other user that has any relationship with them (a user missing here has none).
 *
 * @param connectionsEnabled whether the module is switched on
 * @param known              the registered users among the actor and the ones asked about
 * @param pairs              the actor's pair state with each asked user they have one with
 */
public record LookupRead(boolean connectionsEnabled, Set<UserId> known, Map<UserId, PairState> pairs) {

    /**
     * The snapshot's facts, copied: later changes to the arguments do not reach them.
     *
     * @param connectionsEnabled whether the module is switched on
     * @param known              the registered users among the actor and the ones asked about
     * @param pairs              the actor's pair state with each asked user they have one with
     * @throws NullPointerException if {@code known} or {@code pairs} is null or holds null
     */
    public LookupRead {
        known = Set.copyOf(known);
        pairs = Map.copyOf(pairs);
    }
}
