package io.relations.adapter.persistence.transaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.Objects;
import java.util.function.Function;

/**
 * The one place that opens, commits and rolls back transactions. A transaction belongs to the
 * thread that opened it: while it runs, every adapter called on that thread (the pair lock's work
 * loading state and recording events) joins it through {@link #inTransaction}, so one command is
 * one transaction on one connection, without passing a session through the application's ports.
 */
public final class Transactions {

    private static final int MAX_ATTEMPTS = 5;

    private final EntityManagerFactory factory;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    public Transactions(EntityManagerFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** Runs {@code work} in the thread's transaction, or in a new one when the thread has none. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager joined = current.get();
        return joined != null ? work.apply(joined) : inNewTransaction(work);
    }

    /**
     * Runs {@code work} in a new transaction, again from the start when it fails for a reason that
     * a retry can cure (a lost race on a unique key, a serialization failure, a deadlock): up to
     * {@value #MAX_ATTEMPTS} attempts, so such a failure does not reach the caller. The work must be
     * safe to run again, which holds for work that only touches the database.
     */
    public <T> T inNewTransactionRetrying(Function<EntityManager, T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return inNewTransaction(work);
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS || !TransientFailure.isTransient(e)) {
                    throw e;
                }
                TransientFailure.pauseBeforeAttempt(attempt + 1);
            }
        }
    }

    /**
     * Commits when {@code work} returns, rolls back when it throws. A data exception, which a value
     * of the request caused, leaves as a {@link io.relations.application.port.out.ValueRejectedException}
     * (see {@link DataException}). Not reentrant: nesting is a bug.
     */
    public <T> T inNewTransaction(Function<EntityManager, T> work) {
        if (current.get() != null) {
            throw new IllegalStateException("this thread is already in a transaction; nested transactions are not supported");
        }
        EntityManager entityManager = factory.createEntityManager();
        EntityTransaction transaction = entityManager.getTransaction();
        current.set(entityManager);
        try {
            transaction.begin();
            T result = work.apply(entityManager);
            transaction.commit();
            return result;
        } catch (RuntimeException e) {
            rollBackQuietly(transaction, e);
            throw DataException.translated(e);
        } finally {
            current.remove();
            entityManager.close();
        }
    }

    private static void rollBackQuietly(EntityTransaction transaction, RuntimeException cause) {
        try {
            if (transaction.isActive()) {
                transaction.rollback();
            }
        } catch (RuntimeException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }
}
