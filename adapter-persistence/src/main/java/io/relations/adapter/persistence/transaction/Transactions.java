package io.relations.adapter.persistence.transaction;

import java.util.Objects;
import java.util.function.Function;
import org.hibernate.ConnectionAcquisitionMode;
import org.hibernate.ConnectionReleaseMode;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.Transaction;

/**
 * The one place that opens, commits and rolls back transactions, each on a {@link StatelessSession}
 * of its own that is passed to the work explicitly (nothing ambient: a port's implementation takes
 * the session it is given). A stateless session runs each operation as one statement when it is
 * called, in the order written: there is no persistence context to flush, no dirty checking and
 * no reordering, so what a request sends is exactly what its code says (docs/PERSISTENCE.md).
 */
public final class Transactions {

    private static final int MAX_ATTEMPTS = 5;

    private final SessionFactory factory;

    public Transactions(SessionFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /**
     * Runs {@code work} in a new transaction, again from the start when it fails for a reason that
     * a retry can cure (a lost race on a unique key, a serialization failure, a deadlock): up to
     * {@value #MAX_ATTEMPTS} attempts, so such a failure does not reach the caller. The work must be
     * safe to run again, which holds for work that only touches the database.
     */
    public <T> T inTransactionRetrying(Function<StatelessSession, T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return inTransaction(work);
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
     * (see {@link DataException}).
     */
    public <T> T inTransaction(Function<StatelessSession, T> work) {
        try (StatelessSession session = factory.openStatelessSession()) {
            return inTransaction(session, work);
        }
    }

    /**
     * A session that holds one connection of the pool from now until it is closed, between
     * transactions too: for what lives on a connection rather than in a transaction (a consumer's
     * session-level advisory lock). Run its work through {@link #inTransaction(StatelessSession, Function)}.
     */
    public StatelessSession openHeldSession() {
        return factory.withStatelessOptions()
                .connectionHandling(ConnectionAcquisitionMode.IMMEDIATELY, ConnectionReleaseMode.ON_CLOSE)
                .openStatelessSession();
    }

    /** As {@link #inTransaction(Function)}, on a session the caller keeps open (see {@link #openHeldSession()}). */
    public <T> T inTransaction(StatelessSession session, Function<StatelessSession, T> work) {
        Transaction transaction = session.beginTransaction();
        try {
            T result = work.apply(session);
            transaction.commit();
            return result;
        } catch (RuntimeException e) {
            rollBackQuietly(transaction, e);
            throw DataException.translated(e);
        }
    }

    private static void rollBackQuietly(Transaction transaction, RuntimeException cause) {
        try {
            if (transaction.isActive()) {
                transaction.rollback();
            }
        } catch (RuntimeException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }
}
