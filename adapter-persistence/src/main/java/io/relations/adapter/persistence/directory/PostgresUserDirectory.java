package io.relations.adapter.persistence.directory;

import io.relations.adapter.persistence.counter.StripedCounters;
import io.relations.adapter.persistence.transaction.Transactions;
import io.relations.adapter.persistence.transaction.AdvisoryLocks;
import io.relations.application.model.Denial;
import io.relations.application.model.Outcome;
import io.relations.application.port.out.IdGenerator;
import io.relations.application.port.out.UserDirectory;
import io.relations.domain.model.UserId;
import java.util.Objects;
import org.hibernate.StatelessSession;

/**
 * {@code phoenix_kit_users}: who relationships may name. Deleting a user cascades to all their rows
 * and leaves a tombstone in {@code phoenix_kit_deleted_users}, which only an administrator's
 * registration lifts; both changes are written to {@code phoenix_kit_deleted_users_history} in
 * the same transaction. Registering and deleting one user are serialised ({@link AdvisoryLocks#holdUserRegistration}).
 */
public final class PostgresUserDirectory implements UserDirectory {

    private static final String REGISTER_UNLESS_DELETED = """
            with tombstone as (select 1 from {h-schema}phoenix_kit_deleted_users where user_id = ?1),
            registered as (
                insert into {h-schema}phoenix_kit_users (id) select ?1 where not exists (select 1 from tombstone)
                on conflict (id) do nothing
                returning 1)
            select (select count(*) from tombstone), (select count(*) from registered)""";

    private final Transactions transactions;
    private final StripedCounters counters;
    private final IdGenerator ids;
    private final AdvisoryLocks locks;

    public PostgresUserDirectory(Transactions transactions, StripedCounters counters, IdGenerator ids, AdvisoryLocks locks) {
        this.locks = Objects.requireNonNull(locks, "locks");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.counters = Objects.requireNonNull(counters, "counters");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** Two first requests of one new user may race here; "do nothing" lets both succeed. */
    @Override
    public Outcome<Boolean> registerUnlessDeleted(UserId user) {
        return transactions.inTransaction(session -> {
            locks.holdUserRegistration(session, user);
            Object[] counts = session.createNativeQuery(REGISTER_UNLESS_DELETED, Object[].class)
                    .setParameter(1, user.value())
                    .getSingleResult();
            if (((Number) counts[0]).longValue() > 0) {
                return Outcome.denied(Denial.USER_DELETED);
            }
            return Outcome.success(((Number) counts[1]).longValue() == 1);
        });
    }

    @Override
    public boolean register(UserId user, UserId administrator) {
        return transactions.inTransaction(session -> {
            locks.holdUserRegistration(session, user);
            int lifted = session.createNativeMutationQuery("delete from {h-schema}phoenix_kit_deleted_users where user_id = ?")
                    .setParameter(1, user.value())
                    .executeUpdate();
            if (lifted == 1) {
                recordHistory(session, user, administrator, "register");
            }
            return session.createNativeMutationQuery("insert into {h-schema}phoenix_kit_users (id) values (?) on conflict (id) do nothing")
                    .setParameter(1, user.value())
                    .executeUpdate() == 1;
        });
    }

    /**
     * Locks the user's row first: from then on no command can add a relationship with them (its
     * foreign key check waits), so the counts taken out of everyone else's counters match exactly
     * the rows the cascade deletes. The tombstone and its history row go in the same transaction.
     */
    @Override
    public boolean delete(UserId user, UserId administrator) {
        return transactions.inTransactionRetrying(session -> {
            locks.holdUserRegistration(session, user);
            boolean known = !session
                    .createNativeQuery("select 1 from {h-schema}phoenix_kit_users where id = ? for update", Integer.class)
                    .setParameter(1, user.value())
                    .getResultList()
                    .isEmpty();
            if (known) {
                counters.forget(session, user);
                session.createNativeMutationQuery("delete from {h-schema}phoenix_kit_users where id = ?")
                        .setParameter(1, user.value())
                        .executeUpdate();
                session.createNativeMutationQuery("insert into {h-schema}phoenix_kit_deleted_users (user_id, deleted_by, deleted_at) values (?, ?, now())")
                        .setParameter(1, user.value())
                        .setParameter(2, administrator.value())
                        .executeUpdate();
                recordHistory(session, user, administrator, "delete");
            }
            return known;
        });
    }

    private void recordHistory(StatelessSession session, UserId user, UserId administrator, String action) {
        session.createNativeMutationQuery("""
                        insert into {h-schema}phoenix_kit_deleted_users_history (id, user_id, actor_id, action, inserted_at)
                        values (?, ?, ?, ?, now())""")
                .setParameter(1, ids.newId())
                .setParameter(2, user.value())
                .setParameter(3, administrator.value())
                .setParameter(4, action)
                .executeUpdate();
    }
}
