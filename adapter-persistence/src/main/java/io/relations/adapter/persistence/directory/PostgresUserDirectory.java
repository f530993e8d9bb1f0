package io.relations.adapter.persistence.directory;

import io.relations.adapter.persistence.change.ChangeLogWriter;
import io.relations.adapter.persistence.counter.StripedCounters;
import io.relations.adapter.persistence.transaction.Transactions;
import io.relations.adapter.persistence.transaction.AdvisoryLocks;
import io.relations.application.change.ChangeEvents;
import io.relations.application.model.Denial;
import io.relations.application.model.Outcome;
import io.relations.application.port.out.IdGenerator;
import io.relations.application.port.out.UserDirectory;
import io.relations.domain.model.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.hibernate.StatelessSession;

/**
 * {@code phoenix_kit_users}: who relationships may name. Deleting a user cascades to all their rows
 * and leaves a tombstone in {@code phoenix_kit_deleted_users}, which only an administrator's
 * registration lifts; both changes are written to {@code phoenix_kit_deleted_users_history} in
 * the same transaction. Registering and deleting one user are serialised ({@link AdvisoryLocks#holdUserRegistration}).
 *
 * <p>Both write their changes to the change log in the same transaction, after that lock, which
 * every command naming the user holds shared: a registration that made the user known writes
 * {@code user.registered}; a deletion writes the removal of every relationship it is about to
 * erase, then {@code user.deleted} ({@code UserDeletionChanges}).
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
    private final Clock clock;
    private final AdvisoryLocks locks;

    /**
     * The directory on its transactions.
     *
     * @param transactions where it reads and writes
     * @param counters     the counts a deletion takes the user out of
     * @param ids          the ids of history rows and changes
     * @param clock        the time of the changes it logs
     * @param locks        the users' registration locks
     */
    public PostgresUserDirectory(Transactions transactions, StripedCounters counters, IdGenerator ids, Clock clock, AdvisoryLocks locks) {
        this.locks = Objects.requireNonNull(locks, "locks");
        this.clock = Objects.requireNonNull(clock, "clock");
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
            boolean registered = ((Number) counts[1]).longValue() == 1;
            if (registered) {
                logRegistration(session, user, user);
            }
            return Outcome.success(registered);
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
            boolean registered = session.createNativeMutationQuery("insert into {h-schema}phoenix_kit_users (id) values (?) on conflict (id) do nothing")
                    .setParameter(1, user.value())
                    .executeUpdate() == 1;
            if (registered) {
                logRegistration(session, user, administrator);
            }
            return registered;
        });
    }

    /**
     * Locks the user's row first: from then on no command can add a relationship with them (its
     * foreign key check waits), so the counts taken out of everyone else's counters match exactly
     * the rows the cascade deletes. Before the cascade, every relationship it deletes is logged as
     * its removal, then the deletion itself. The tombstone and its history row go in the same
     * transaction.
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
                UserDeletionChanges.log(session, user, administrator, now(), ids);
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

    private void logRegistration(StatelessSession session, UserId user, UserId actor) {
        ChangeLogWriter.append(session, List.of(ChangeEvents.userRegistered(ids.newId(), user, actor, now())));
    }

    private Instant now() {
        return clock.instant();
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
