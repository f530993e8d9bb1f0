package io.relations.domain.event;

import io.relations.domain.model.PairState;
import io.relations.domain.model.UserPair;

/** Rebuilds a pair's state from its history: what the history tables promise. */
public final class Replay {

    private Replay() {
    }

    public static PairState of(UserPair pair, Iterable<? extends RelationshipEvent> events) {
        return apply(PairState.empty(pair), events);
    }

    public static PairState apply(PairState state, Iterable<? extends RelationshipEvent> events) {
        PairState current = state;
        for (RelationshipEvent event : events) {
            if (!event.pair().equals(current.pair())) {
                throw new IllegalArgumentException(event + " does not belong to " + current.pair());
            }
            current = event.applyTo(current);
        }
        return current;
    }
}
