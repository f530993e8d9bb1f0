package io.relations.testkit.memory;

import io.relations.application.change.ChangeBacklog;
import io.relations.application.change.ChangeEvent;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.LoggedChange;
import io.relations.application.change.PrivacyClass;
import io.relations.application.port.out.ChangeLog;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The change log of an {@link InMemoryStorage}, or a log of its own ({@link #InMemoryChangeLog()})
 * that a test appends to ({@link #append}) to feed a reader of the log (a relay, a dispatcher)
 * without running commands. Every transaction, a storage's or an {@link #append}, adds its changes
 * while it holds the log's lock, at positions after every change already in it, so the log is in
 * commit order by construction and every change in it is safe to read at once: no reader can ever
 * pass a change that commits later. Retention removes a prefix of the log, as the PostgreSQL
 * adapter's does. Thread safety: see {@link InMemoryStorage}; a log of its own is safe for any
 * number of threads too.
 */
public final class InMemoryChangeLog implements ChangeLog {


    private final MemoryStore store;

    /**
     * An empty log of its own, written by no storage: only {@link #append} adds to it.
     */
    public InMemoryChangeLog() {
        this(new MemoryStore(Clock.systemUTC()));
    }

    InMemoryChangeLog(MemoryStore store) {
        this.store = store;
    }

    /**
     * Adds changes as one committed transaction, as a storage's transaction does: at the next
     * transaction number, each change at the next sequence number, in the order given. Readers
     * see them at once. On a storage's log they sit among the storage's own changes, in the order
     * of the calls.
     *
     * @param events the transaction's changes, in the order they were made
     * @return the changes as logged, in the same order; empty (and no transaction taken) for none
     * @throws NullPointerException if {@code events} or one of them is null
     */
    public List<LoggedChange> append(List<ChangeEvent> events) {
        List<ChangeEvent> transaction = List.copyOf(Objects.requireNonNull(events, "events"));
        synchronized (store) {
            return store.publish(transaction);
        }
    }

    @Override
    public List<LoggedChange> readAfter(ChangePosition after, int limit, Set<PrivacyClass> classes) {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(classes, "classes");
        if (limit < 1 || limit > MAX_READ) {
            throw new IllegalArgumentException("a read of the change log takes 1 to " + MAX_READ + " changes");
        }
        synchronized (store) {
            List<LoggedChange> read = new ArrayList<>();
            for (LoggedChange change : store.changes) {
                if (read.size() == limit) {
                    break;
                }
                if (change.position().isAfter(after) && classes.contains(change.event().type().privacy())) {
                    read.add(change);
                }
            }
            return read;
        }
    }

    @Override
    public ChangePosition latest() {
        synchronized (store) {
            if (!store.changes.isEmpty()) {
                return store.changes.get(store.changes.size() - 1).position();
            }
            return store.removedThrough == null ? ChangePosition.START : store.removedThrough;
        }
    }

    @Override
    public ChangeBacklog backlogAfter(ChangePosition after, long cap) {
        Objects.requireNonNull(after, "after");
        if (cap < 1) {
            throw new IllegalArgumentException("a backlog is counted up to a cap of 1 or more");
        }
        synchronized (store) {
            long count = 0;
            Instant oldest = null;
            for (LoggedChange change : store.changes) {
                if (count == cap) {
                    break;
                }
                if (change.position().isAfter(after)) {
                    count++;
                    Instant at = change.event().occurredAt();
                    oldest = oldest == null || at.isBefore(oldest) ? at : oldest;
                }
            }
            return count == 0 ? ChangeBacklog.none() : new ChangeBacklog(count, Optional.of(oldest));
        }
    }

    @Override
    public int removeOlderThan(Instant olderThan, ChangePosition notAfter, int maxChanges) {
        Objects.requireNonNull(olderThan, "olderThan");
        Objects.requireNonNull(notAfter, "notAfter");
        if (maxChanges < 1) {
            throw new IllegalArgumentException("retention removes at least one change per call");
        }
        synchronized (store) {
            int removed = 0;
            while (removed < maxChanges && removed < store.changes.size()) {
                LoggedChange oldest = store.changes.get(removed);
                if (oldest.position().isAfter(notAfter) || !oldest.event().occurredAt().isBefore(olderThan)) {
                    break;
                }
                removed++;
            }
            if (removed > 0) {
                store.removedThrough = store.changes.get(removed - 1).position();
                store.changes.subList(0, removed).clear();
            }
            return removed;
        }
    }

    @Override
    public Optional<ChangePosition> removedThrough() {
        synchronized (store) {
            return Optional.ofNullable(store.removedThrough);
        }
    }

    /**
     * Every change in the log, oldest first: for a test to inspect.
     *
     * @return a copy, unaffected by later changes
     */
    public List<LoggedChange> changes() {
        synchronized (store) {
            return List.copyOf(store.changes);
        }
    }
}
