package io.relations.adapter.persistence.write;

import io.relations.adapter.persistence.counter.StripedCounters;
import io.relations.adapter.persistence.read.PairRows;
import io.relations.adapter.persistence.transaction.AdvisoryLocks;
import io.relations.adapter.persistence.transaction.Transactions;
import io.relations.application.model.LookupRead;
import io.relations.application.model.PairFacts;
import io.relations.application.port.out.LockedPair;
import io.relations.application.port.out.PairTransactions;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One transaction per command: the first statement takes the module's lock shared and the pair's
 * transaction-scoped advisory lock (commands on the same pair queue there, commands on different
 * pairs run side by side, and the locks go with the commit or rollback); the second reads the
 * facts ({@link PairRows}); then the events, if any. The facts are read after the lock is granted,
 * and under READ COMMITTED each statement sees what the previous holder committed; a snapshot
 * taken before the wait (REPEATABLE READ) would not.
 */
public final class PostgresPairTransactions implements PairTransactions {

    private final Transactions transactions;
    private final StripedCounters counters;
    private final AdvisoryLocks locks;

    public PostgresPairTransactions(Transactions transactions, StripedCounters counters, AdvisoryLocks locks) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.locks = Objects.requireNonNull(locks, "locks");
        this.counters = Objects.requireNonNull(counters, "counters");
    }

    @Override
    public <T> T withPairLocked(UserId actor, UserId target, Function<LockedPair, T> work) {
        UserPair pair = UserPair.of(actor, target);
        return transactions.inTransactionRetrying(session -> {
            locks.holdModuleSharedWithPair(session, pair);
            LookupRead found = PairRows.lockingUsers(session, actor, Set.of(target));
            PairFacts facts = new PairFacts(found.connectionsEnabled(), found.known().contains(actor),
                    found.known().contains(target), found.pairs().get(target));
            PostgresLockedPair locked = new PostgresLockedPair(session, counters, facts);
            try {
                return work.apply(locked);
            } finally {
                locked.close();
            }
        });
    }
}
