package io.relations.application.port.out;

import io.relations.application.model.PairFacts;
import io.relations.application.model.RecordedEvent;
import java.util.List;

/**
 * The pair a command holds locked, valid only inside {@link PairTransactions#withPairLocked}: the
 * facts read under the lock, and the recording of the events the kernel decided on them.
 */
public interface LockedPair {

    /** Read once, when the lock was granted. */
    PairFacts facts();

    /**
     * Persists the decided events, in order: each becomes one history row and the matching change
     * of the current-state tables and counters. The events must follow from {@link #facts()}'s
     * state, as the kernel's do; at most one call per transaction.
     */
    void record(List<RecordedEvent> events);
}
