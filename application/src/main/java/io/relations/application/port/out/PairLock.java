package io.relations.application.port.out;

import io.relations.domain.model.UserPair;
import java.util.function.Supplier;

/**
 * Runs work in one transaction that first locks the pair, so commands on the same pair are
 * serialised and the kernel's invariants hold under any interleaving. The work commits when it
 * returns and rolls back when it throws.
 */
public interface PairLock {

    <T> T inTransactionWithPairLocked(UserPair pair, Supplier<T> work);
}
