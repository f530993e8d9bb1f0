package io.relations.testkit.memory;

import io.relations.application.change.ChangePosition;
import io.relations.application.change.ConsumerName;
import io.relations.application.port.out.ConsumerClaim;
import io.relations.application.port.out.ConsumerPositions;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Consumers' positions of an {@link InMemoryStorage}, or positions of their own
 * ({@link #InMemoryConsumerPositions()}) beside a log of its own, and their claims: a consumer is
 * claimed by one claim at a time within the storage (the storage is one process's; a claim a test
 * holds stands for another process's), a claim's position only moves forward, and a reset or a
 * forget waits for a claim to be closed, as the port says. Thread safety: see
 * {@link InMemoryStorage}; positions of their own are safe for any number of threads too.
 */
public final class InMemoryConsumerPositions implements ConsumerPositions {

    private final MemoryStore store;

    /** No consumers yet, kept by no storage: for a test of a reader of a log of its own ({@link InMemoryChangeLog#InMemoryChangeLog()}). */
    public InMemoryConsumerPositions() {
        this(new MemoryStore(Clock.systemUTC()));
    }

    InMemoryConsumerPositions(MemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<ConsumerClaim> tryClaim(ConsumerName consumer, ChangePosition startAt) {
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(startAt, "startAt");
        synchronized (store) {
            if (!store.claimed.add(consumer)) {
                return Optional.empty();
            }
            return Optional.of(new Claim(consumer, store.consumers.computeIfAbsent(consumer, name -> startAt)));
        }
    }

    @Override
    public void reset(ConsumerName consumer, ChangePosition position) {
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(position, "position");
        synchronized (store) {
            awaitUnclaimed(consumer);
            store.consumers.put(consumer, position);
        }
    }

    @Override
    public void forget(ConsumerName consumer) {
        Objects.requireNonNull(consumer, "consumer");
        synchronized (store) {
            awaitUnclaimed(consumer);
            store.consumers.remove(consumer);
        }
    }

    @Override
    public Map<ConsumerName, ChangePosition> positions() {
        synchronized (store) {
            return new LinkedHashMap<>(store.consumers);
        }
    }

    /** Waits on the storage's monitor, which releases it meanwhile, so the claim can be closed. */
    private void awaitUnclaimed(ConsumerName consumer) {
        while (store.claimed.contains(consumer)) {
            try {
                store.wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the claim on " + consumer, e);
            }
        }
    }

    /** One claim; its position is the storage's, kept at each advance. */
    private final class Claim implements ConsumerClaim {

        private final ConsumerName consumer;
        private ChangePosition position;
        private boolean closed;

        Claim(ConsumerName consumer, ChangePosition position) {
            this.consumer = consumer;
            this.position = position;
        }

        @Override
        public ChangePosition position() {
            return position;
        }

        @Override
        public void advance(ChangePosition delivered) {
            Objects.requireNonNull(delivered, "delivered");
            synchronized (store) {
                if (closed) {
                    throw new IllegalStateException("the claim on " + consumer + " is closed");
                }
                if (delivered.compareTo(position) < 0) {
                    throw new IllegalArgumentException("a consumer's position only moves forward: " + delivered + " is before " + position);
                }
                store.consumers.put(consumer, delivered);
                position = delivered;
            }
        }

        @Override
        public void close() {
            synchronized (store) {
                if (!closed) {
                    closed = true;
                    store.claimed.remove(consumer);
                    store.notifyAll();
                }
            }
        }
    }
}
