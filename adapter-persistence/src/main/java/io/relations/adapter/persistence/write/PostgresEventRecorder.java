package io.relations.adapter.persistence.write;

import io.relations.adapter.persistence.counter.CounterDeltas;
import io.relations.adapter.persistence.counter.StripedCounters;
import io.relations.adapter.persistence.transaction.Transactions;
import io.relations.application.model.RecordedEvent;
import io.relations.application.port.out.EventRecorder;
import java.util.List;
import java.util.Objects;

/**
 * Each event becomes its history row and the change of the current rows, in order; the counter
 * deltas of all of them are summed and written last, each stripe row once, in lock order.
 */
public final class PostgresEventRecorder implements EventRecorder {

    private final Transactions transactions;
    private final StripedCounters counters;

    public PostgresEventRecorder(Transactions transactions, StripedCounters counters) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.counters = Objects.requireNonNull(counters, "counters");
    }

    @Override
    public void record(List<RecordedEvent> events) {
        transactions.inTransaction(entityManager -> {
            CounterDeltas deltas = new CounterDeltas();
            for (RecordedEvent recorded : events) {
                recorded.event().accept(new EventWriter(entityManager, deltas, recorded));
            }
            entityManager.flush();
            counters.add(entityManager, deltas);
            return null;
        });
    }
}
