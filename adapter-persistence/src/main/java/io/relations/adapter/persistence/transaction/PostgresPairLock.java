package io.relations.adapter.persistence.transaction;

import io.relations.application.port.out.PairLock;
import io.relations.domain.model.UserPair;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One transaction per command, which first takes the pair's transaction-scoped advisory lock:
 * commands on the same pair queue there, commands on different pairs run side by side, and the
 * lock goes with the commit or rollback. The work reads after the lock is granted, and under READ
 * COMMITTED each statement sees what the previous holder committed; a snapshot taken before the
 * wait (REPEATABLE READ) would not.
 */
public final class PostgresPairLock implements PairLock {

    private final Transactions transactions;

    public PostgresPairLock(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public <T> T inTransactionWithPairLocked(UserPair pair, Supplier<T> work) {
        long key = PairLockKey.of(pair);
        return transactions.inNewTransactionRetrying(entityManager -> {
            ModuleSwitchLock.holdShared(entityManager);
            entityManager.createNativeQuery("select 1 from pg_advisory_xact_lock(?)")
                    .setParameter(1, key)
                    .getResultList();
            return work.get();
        });
    }
}
