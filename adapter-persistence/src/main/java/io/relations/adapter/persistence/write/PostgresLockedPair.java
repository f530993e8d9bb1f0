package io.relations.adapter.persistence.write;

import io.relations.adapter.persistence.change.ChangeLogWriter;
import io.relations.adapter.persistence.counter.CounterDeltas;
import io.relations.adapter.persistence.counter.StripedCounters;
import io.relations.application.change.ChangeEvents;
import io.relations.application.model.PairFacts;
import io.relations.application.model.RecordedEvent;
import io.relations.application.port.out.LockedPair;
import io.relations.domain.event.Replay;
import io.relations.domain.model.PairState;
import java.util.List;
import java.util.Objects;
import org.hibernate.StatelessSession;

/**
 * A command's locked pair in its transaction. Each event becomes its history row and the change
 * of the current rows, in order, each written against the state the events before it left (so no
 * row has to be read back); then all of them become their changes in the change log, in the same
 * order, in one statement ({@link ChangeLogWriter}); the counter deltas of all of them are summed
 * and written last.
 */
public final class PostgresLockedPair implements LockedPair {

    private final StatelessSession session;
    private final StripedCounters counters;
    private final PairFacts facts;
    private boolean open = true;
    private boolean recorded;

    public PostgresLockedPair(StatelessSession session, StripedCounters counters, PairFacts facts) {
        this.session = Objects.requireNonNull(session, "session");
        this.counters = Objects.requireNonNull(counters, "counters");
        this.facts = Objects.requireNonNull(facts, "facts");
    }

    @Override
    public PairFacts facts() {
        return facts;
    }

    @Override
    public void record(List<RecordedEvent> events) {
        if (!open) {
            throw new IllegalStateException("the pair's transaction has ended");
        }
        if (recorded) {
            throw new IllegalStateException("a command records its events once");
        }
        recorded = true;
        CounterDeltas deltas = new CounterDeltas();
        PairState state = facts.state();
        for (RecordedEvent event : events) {
            event.event().accept(new EventWriter(session, deltas, event, state));
            state = Replay.apply(state, List.of(event.event()));
        }
        ChangeLogWriter.append(session, events.stream().map(ChangeEvents::of).toList());
        counters.add(session, deltas);
    }

    /** Called when the work returns: the handle is useless outside its transaction. */
    public void close() {
        open = false;
    }
}
