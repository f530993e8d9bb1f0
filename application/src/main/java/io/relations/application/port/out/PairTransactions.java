package io.relations.application.port.out;

import io.relations.domain.model.UserId;
import java.util.function.Function;

/**
 * The command path's one outbound port: runs a command's work in one transaction that holds the
 * lock of the actor's pair with the target. Commands on one pair queue there; commands on other
 * pairs run side by side; a switch of the module and the deletion of either user wait for the
 * transaction, so the facts read under the lock stay true until it ends.
 *
 * <p>A callback rather than a handle the caller opens and closes: the adapter owns the
 * transaction's whole life (begin, lock, commit, rollback, and running the work again after a
 * failure a retry cures, such as a deadlock), so no caller can leak a transaction or hold the
 * lock past its work. The work must therefore be safe to run more than once; it is, when all it
 * does besides deciding is {@link LockedPair#record}.
 */
public interface PairTransactions {

    /**
     * Takes the pair's lock, reads {@link LockedPair#facts()}, runs {@code work}, and commits when
     * it returns (rolls back when it throws). {@code actor} and {@code target} must differ.
     */
    <T> T withPairLocked(UserId actor, UserId target, Function<LockedPair, T> work);
}
