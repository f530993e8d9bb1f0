package io.relations.testkit.memory;

import io.relations.application.model.RecordedEvent;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state all ports of one {@link InMemoryStorage} share. Every access holds the monitor of
 * this object: one lock for the whole store, so that each call sees one state, as one snapshot
 * would, and a transaction on a pair excludes every other call, as the ports promise.
 */
final class MemoryStore {

    boolean connectionsEnabled = true;
    final Set<UserId> known = new HashSet<>();
    /** Deleted user → the administrator who deleted them. */
    final Map<UserId, UserId> tombstones = new HashMap<>();
    final Map<UserPair, PairState> states = new HashMap<>();
    final List<RecordedEvent> history = new ArrayList<>();
    final Map<UserPair, Integer> lockCounts = new HashMap<>();

    PairState state(UserPair pair) {
        return states.getOrDefault(pair, PairState.empty(pair));
    }

    /** What deleting a user cascades to, as the schema's foreign keys do: their pairs and their history. */
    void erase(UserId user) {
        states.keySet().removeIf(pair -> pair.contains(user));
        history.removeIf(recorded -> recorded.event().pair().contains(user));
    }
}
