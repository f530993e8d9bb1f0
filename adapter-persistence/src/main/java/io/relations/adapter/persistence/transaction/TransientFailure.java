package io.relations.adapter.persistence.transaction;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Failures of a transaction that running it again can cure, recognised by their SQLSTATE. */
final class TransientFailure {

    private static final Set<String> RETRYABLE_SQL_STATES = Set.of(
            "23505", // unique_violation: a concurrent insert won the race the pair lock should have prevented
            "40001", // serialization_failure
            "40P01"); // deadlock_detected

    private TransientFailure() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // Not every SQLException has a state: the pool's "no connection in time" has none.
            if (cause instanceof SQLException sql && sql.getSQLState() != null && RETRYABLE_SQL_STATES.contains(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** A short random pause, longer with each attempt, so that the racers do not meet again. */
    static void pauseBeforeAttempt(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted before retrying a transaction", e);
        }
    }
}
