package io.relations.application.port.out;

import io.relations.domain.model.UserId;
import java.util.function.Function;

/**
 * The command path's one outbound port: runs a command's work in one transaction that holds the
 * lock of the actor's pair with the target (the unordered pair: {@code (a, b)} and {@code (b, a)}
 * take the same lock). Commands on one pair queue there, so each decides on what the one before
 * it recorded; commands on other pairs may run side by side (the PostgreSQL adapter runs them so;
 * the in-memory ports of {@code relations-testkit} run them one at a time, which is allowed). A
 * switch of the module and the deletion of either user wait for the transaction, so the facts
 * read under the lock stay true until it ends.
 *
 * <p>A callback rather than a handle the caller opens and closes: the adapter owns the
 * transaction's whole life (begin, lock, commit, rollback, and running the work again after a
 * failure a retry cures, such as a deadlock), so no caller can leak a transaction or hold the
 * lock past its work. The work must therefore be safe to run more than once; it is, when all it
 * does besides deciding is {@link LockedPair#record}.
 *
 * <p>{@code relations-testkit}'s contract suite checks these promises on any implementation.
 */
public interface PairTransactions {

    /**
     * Takes the pair's lock, reads {@link LockedPair#facts()}, runs {@code work}, and commits when
     * it returns: from then on every port reads what it recorded. When {@code work} throws, the
     * transaction is rolled back (nothing it recorded remains) and the exception reaches the
     * caller as thrown.
     *
     * @param actor  the user whose command it is
     * @param target the other user of the pair; must differ from {@code actor}
     * @param work   decides on the facts and records the events, if any; may run more than once
     * @param <T>    what the work answers
     * @return what the last run of {@code work} returned
     * @throws IllegalArgumentException if {@code actor} and {@code target} are the same user
     */
    <T> T withPairLocked(UserId actor, UserId target, Function<LockedPair, T> work);
}
