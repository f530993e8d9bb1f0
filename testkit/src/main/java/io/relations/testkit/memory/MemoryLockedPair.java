package io.relations.testkit.memory;

import io.relations.application.model.PairFacts;
import io.relations.application.model.RecordedEvent;
import io.relations.application.port.out.LockedPair;
import io.relations.domain.event.Replay;
import java.util.List;
import java.util.Objects;

/** A pair held by an in-memory transaction: records once, and only while the transaction lasts. */
final class MemoryLockedPair implements LockedPair {

    private final MemoryStore store;
    private final PairFacts facts;
    private boolean open = true;
    private boolean recorded;

    MemoryLockedPair(MemoryStore store, PairFacts facts) {
        this.store = store;
        this.facts = facts;
    }

    @Override
    public PairFacts facts() {
        return facts;
    }

    @Override
    public void record(List<RecordedEvent> events) {
        List<RecordedEvent> checked = List.copyOf(Objects.requireNonNull(events, "events"));
        synchronized (store) {
            if (!open) {
                throw new IllegalStateException("the pair's transaction has ended");
            }
            if (recorded) {
                throw new IllegalStateException("a command records its events once");
            }
            for (RecordedEvent event : checked) {
                if (!event.event().pair().equals(facts.state().pair())) {
                    throw new IllegalArgumentException(event + " is not an event of the locked pair " + facts.state().pair());
                }
            }
            recorded = true;
            for (RecordedEvent event : checked) {
                store.states.put(event.event().pair(), Replay.apply(store.state(event.event().pair()), List.of(event.event())));
                store.history.add(event);
            }
        }
    }

    void close() {
        synchronized (store) {
            open = false;
        }
    }
}
