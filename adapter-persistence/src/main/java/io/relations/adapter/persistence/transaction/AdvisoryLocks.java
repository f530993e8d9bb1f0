package io.relations.adapter.persistence.transaction;

import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.util.UUID;
import org.hibernate.StatelessSession;

/**
 * Every advisory lock the adapter takes, all transaction-scoped but the consumers' (below), and all in the two-key form
 * {@code (namespace, key)}: the namespace is the installation's ({@code LockNamespace}), so no lock
 * of it is ever one of another installation's or of a host application's own; the second key is
 * the adapter's to allocate, and its top two bits say which kind of lock it is, so no two kinds
 * can collide either:
 * <ul>
 * <li>{@code 00}: the module switch, key {@value #MODULE_SWITCH}. Every command holds it shared for
 * its transaction, a switch exclusively: a switch waits for the commands in flight, and every
 * command that starts after it reads the new setting, whichever service instance runs it.</li>
 * <li>{@code 01}: the registration of one user, 30 bits of its id ({@link #userKey}). Serialises
 * registering and deleting one user: without it a first-use registration racing a deletion could
 * check for the tombstone before the deletion commits, wait on the user's row, and insert the user
 * again right after it was deleted (the wait happens inside the insert, whose check saw the
 * database as it was before). After this lock the registration's next statement sees the
 * committed tombstone. Every command holds both users' registration locks shared, taken before
 * its first write: the change log is ordered by transaction id, which PostgreSQL gives a
 * transaction at its first write or row lock, so every writer of a subject (a pair's commands,
 * a user's registration and deletion) must hold the subject's locks before that, or a command
 * that locked the user's row while a deletion waited could commit before the deletion with a
 * higher transaction id, and the log would hold the deletion's removal of its follow before the
 * follow.</li>
 * <li>{@code 10}: a pair, 30 bits of a hash of its ids ({@link PairLockKey}): commands on one pair
 * queue there.</li>
 * <li>{@code 11}: a consumer of the change log, 30 bits of a hash of its name ({@link #consumerKey}).
 * The only session-level lock: a claim holds it on a connection of its own, idle between its
 * statements, for as long as the claim lives, so that no transaction (and no transaction id that
 * would hold back every reader of the log) stays open meanwhile. A reset or a forget takes it
 * transaction-scoped, and so waits for the claim to be closed. Two names whose hashes collide
 * exclude each other like one consumer: a claim of one is refused while the other is held, never
 * a deadlock.</li>
 * </ul>
 * A transaction takes at most one pair lock, and either one registration lock exclusively
 * (registration, deletion) or two shared, always in ascending key order (a command), so a hash
 * collision makes two pairs (or users) wait for each other, never a deadlock.
 */
public final class AdvisoryLocks {

    static final int MODULE_SWITCH = 1;
    static final int USER_KIND = 0x4000_0000;
    static final int PAIR_KIND = 0x8000_0000;
    static final int CONSUMER_KIND = 0xc000_0000;
    static final int HASH_BITS = 0x3fff_ffff;

    /**
     * A native query because advisory locks are PostgreSQL's alone. The module's lock comes first
     * (the target list is evaluated in order), then the two users' registration locks shared, the
     * lower key first, then the pair's: one round trip for all. Cast to text because the
     * functions return void, which has no Java type.
     */
    private static final String LOCK_MODULE_SHARED_AND_PAIR = """
            select cast(pg_advisory_xact_lock_shared(?1, ?2) as text),
                   cast(pg_advisory_xact_lock_shared(?1, ?4) as text), cast(pg_advisory_xact_lock_shared(?1, ?5) as text),
                   cast(pg_advisory_xact_lock(?1, ?3) as text)""";

    private static final String LOCK_EXCLUSIVE = "select cast(pg_advisory_xact_lock(?1, ?2) as text)";

    /** Session-level: outlives the short transaction that takes it, until the claim unlocks it or its connection ends. */
    private static final String TRY_CONSUMER = "select pg_try_advisory_lock(?1, ?2)";

    private static final String RELEASE_CONSUMER = "select pg_advisory_unlock(?1, ?2)";

    private final int namespace;

    /** @param namespace the first key of every lock */
    public AdvisoryLocks(int namespace) {
        this.namespace = namespace;
    }

    /**
     * Within a command's transaction, as its first statement: the module shared, both users'
     * registrations shared, then the pair.
     */
    public void holdModuleSharedWithPair(StatelessSession session, UserPair pair) {
        int one = userKey(pair.lower().value());
        int other = userKey(pair.higher().value());
        session.createNativeQuery(LOCK_MODULE_SHARED_AND_PAIR, Object[].class)
                .setParameter(1, namespace)
                .setParameter(2, MODULE_SWITCH)
                .setParameter(3, PairLockKey.of(pair))
                .setParameter(4, Math.min(one, other))
                .setParameter(5, Math.max(one, other))
                .getSingleResult();
    }

    /** Within the switch's transaction, before it writes the setting. */
    public void holdModuleExclusive(StatelessSession session) {
        exclusive(session, MODULE_SWITCH);
    }

    /** Within a registration's or a deletion's transaction, before it reads or writes the user. */
    public void holdUserRegistration(StatelessSession session, UserId user) {
        exclusive(session, userKey(user.value()));
    }

    /**
     * For a consumer's claim, on the session the claim keeps: true if this session now holds the
     * consumer, false at once if another session does.
     */
    public boolean tryHoldConsumer(StatelessSession session, String consumer) {
        return session.createNativeQuery(TRY_CONSUMER, Boolean.class)
                .setParameter(1, namespace)
                .setParameter(2, consumerKey(consumer))
                .getSingleResult();
    }

    /** Gives up what {@link #tryHoldConsumer} took on the same session: true if it was held. */
    public boolean releaseConsumer(StatelessSession session, String consumer) {
        return session.createNativeQuery(RELEASE_CONSUMER, Boolean.class)
                .setParameter(1, namespace)
                .setParameter(2, consumerKey(consumer))
                .getSingleResult();
    }

    /** Within a reset's or a forget's transaction: waits for the consumer's claim to be closed. */
    public void holdConsumerInTransaction(StatelessSession session, String consumer) {
        exclusive(session, consumerKey(consumer));
    }

    /** {@link String#hashCode} is specified by the language, so every process of every release computes the same key. */
    static int consumerKey(String consumer) {
        return CONSUMER_KIND | (consumer.hashCode() & HASH_BITS);
    }

    /** Fixed here rather than left to {@link UUID#hashCode}: processes of different releases may share a database. */
    static int userKey(UUID id) {
        long bits = id.getMostSignificantBits() ^ id.getLeastSignificantBits();
        return USER_KIND | ((int) (bits ^ (bits >>> 32)) & HASH_BITS);
    }

    private void exclusive(StatelessSession session, int key) {
        session.createNativeQuery(LOCK_EXCLUSIVE, String.class)
                .setParameter(1, namespace)
                .setParameter(2, key)
                .getSingleResult();
    }
}
