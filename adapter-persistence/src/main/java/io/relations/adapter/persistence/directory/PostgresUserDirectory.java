package io.relations.adapter.persistence.directory;

import io.relations.adapter.persistence.counter.StripedCounters;
import io.relations.adapter.persistence.entity.UserEntity;
import io.relations.adapter.persistence.transaction.Transactions;
import io.relations.application.port.out.UserDirectory;
import io.relations.domain.model.UserId;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@code phoenix_kit_users}: who relationships may name. Deleting a user cascades to all their rows. */
public final class PostgresUserDirectory implements UserDirectory {

    private final Transactions transactions;
    private final StripedCounters counters;

    public PostgresUserDirectory(Transactions transactions, StripedCounters counters) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.counters = Objects.requireNonNull(counters, "counters");
    }

    /**
     * Takes a key-share lock on the row it finds: called inside a command's transaction, the user
     * cannot be deleted until that transaction ends (deletion waits), so what was found stays true.
     */
    @Override
    public boolean exists(UserId user) {
        return transactions.inTransaction(entityManager -> !entityManager
                .createNativeQuery("select 1 from phoenix_kit_users where id = ? for key share")
                .setParameter(1, user.value())
                .getResultList()
                .isEmpty());
    }

    @Override
    public Set<UserId> existing(Set<UserId> users) {
        if (users.isEmpty()) {
            return Set.of();
        }
        return transactions.inTransaction(entityManager -> entityManager
                .createQuery("select u.id from UserEntity u where u.id in :ids", UUID.class)
                .setParameter("ids", users.stream().map(UserId::value).toList())
                .getResultStream()
                .map(UserId::of)
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** Two first requests of one new user may race here; "do nothing" lets both succeed. */
    @Override
    public boolean register(UserId user) {
        return transactions.inTransaction(entityManager -> entityManager
                .createNativeQuery("insert into phoenix_kit_users (id) values (?) on conflict (id) do nothing")
                .setParameter(1, user.value())
                .executeUpdate() == 1);
    }

    /**
     * Locks the user's row first: from then on no command can add a relationship with them (its
     * foreign key check waits), so the counts taken out of everyone else's counters match exactly
     * the rows the cascade deletes.
     */
    @Override
    public boolean delete(UserId user) {
        return transactions.inNewTransactionRetrying(entityManager -> {
            boolean known = !entityManager
                    .createNativeQuery("select 1 from phoenix_kit_users where id = ? for update")
                    .setParameter(1, user.value())
                    .getResultList()
                    .isEmpty();
            if (known) {
                counters.forget(entityManager, user);
                entityManager.createNativeQuery("delete from phoenix_kit_users where id = ?")
                        .setParameter(1, user.value())
                        .executeUpdate();
            }
            return known;
        });
    }
}
