package io.relations.application.port.out;

import io.relations.application.model.PairFacts;
import io.relations.application.model.RecordedEvent;
import java.util.List;

/**
 * The pair a command holds locked, valid only inside {@link PairTransactions#withPairLocked}: the
 * facts read under the lock, and the recording of the events the kernel decided on them.
 */
public interface LockedPair {

    /**
     * What was read once, when the lock was granted: the module switch, whether actor and target
     * are registered, and the pair's state, which is the replay of every event recorded for the
     * pair so far (the empty state for a pair with none).
     *
     * @return the same facts on every call
     */
    PairFacts facts();

    /**
     * Persists the decided events, in order: each becomes one history row (with its id and time)
     * and the matching change of the current state, the lists and the counts, all visible to
     * every port once the transaction commits. The events must follow from {@link #facts()}'s
     * state, as the kernel's do; what a storage does with events that do not is undefined (the
     * PostgreSQL adapter refuses some, the in-memory ports record them). An empty list records
     * nothing.
     *
     * @param events the kernel's events, each with its id and time
     * @throws IllegalStateException on a second call in the same transaction, or after the
     *                               transaction ended; nothing is recorded then, and a work that
     *                               lets the exception out rolls its transaction back
     */
    void record(List<RecordedEvent> events);
}
