package io.relations.adapter.persistence.change;

import io.relations.adapter.persistence.transaction.AdvisoryLocks;
import io.relations.adapter.persistence.transaction.Transactions;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.ConsumerName;
import io.relations.application.port.out.ConsumerClaim;
import org.hibernate.StatelessSession;

/**
 * One claim: the consumer's session-level lock on the session this claim keeps. Each advance is
 * a short transaction on that same session, so it can only succeed while the lock is held: when
 * the connection has gone, so has the lock, and the advance fails rather than write behind the
 * back of a process that claimed the consumer since.
 */
final class PostgresConsumerClaim implements ConsumerClaim {

    private final Transactions transactions;
    private final AdvisoryLocks locks;
    private final StatelessSession session;
    private final ConsumerName consumer;
    private ChangePosition position;
    private boolean closed;

    PostgresConsumerClaim(Transactions transactions, AdvisoryLocks locks, StatelessSession session, ConsumerName consumer,
                          ChangePosition position) {
        this.transactions = transactions;
        this.locks = locks;
        this.session = session;
        this.consumer = consumer;
        this.position = position;
    }

    @Override
    public ChangePosition position() {
        return position;
    }

    @Override
    public void advance(ChangePosition delivered) {
        if (closed) {
            throw new IllegalStateException("the claim on " + consumer + " is closed");
        }
        if (delivered.compareTo(position) < 0) {
            throw new IllegalArgumentException("a consumer's position only moves forward: " + delivered + " is before " + position);
        }
        transactions.inTransaction(session, s -> PostgresConsumerPositions.keep(s, consumer, delivered));
        position = delivered;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            release(transactions, locks, session, consumer, true, null);
        }
    }

    /**
     * Unlocks (when held) and gives the connection back. A connection whose unlock failed must not
     * go back to the pool still holding the lock: it is aborted instead, which ends its server
     * session and with it the lock, and the pool discards it.
     */
    static void release(Transactions transactions, AdvisoryLocks locks, StatelessSession session, ConsumerName consumer, boolean held, RuntimeException cause) {
        try {
            if (held) {
                transactions.inTransaction(session, s -> locks.releaseConsumer(s, consumer.value()));
            }
        } catch (RuntimeException unlockFailed) {
            if (cause != null) {
                cause.addSuppressed(unlockFailed);
            }
            try {
                session.doWork(connection -> connection.abort(Runnable::run));
            } catch (RuntimeException abortFailed) {
                unlockFailed.addSuppressed(abortFailed);
            }
        } finally {
            session.close();
        }
    }
}
