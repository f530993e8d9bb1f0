package io.relations.application.port.out;

import io.relations.application.model.RecordedEvent;
import java.util.List;

/**
 * Persists decided events, in order: each becomes one history row and the matching change of the
 * current-state tables and counters. Called inside {@link PairLock}'s transaction.
 */
public interface EventRecorder {

    void record(List<RecordedEvent> events);
}
