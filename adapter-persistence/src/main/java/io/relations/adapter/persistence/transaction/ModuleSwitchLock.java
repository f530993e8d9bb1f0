package io.relations.adapter.persistence.transaction;

import io.relations.domain.model.UserPair;
import org.hibernate.StatelessSession;

/**
 * Serialises switching the module with the commands under way: every command holds this lock
 * shared for its transaction, a switch takes it exclusively. So a switch waits for the commands in
 * flight, and every command that starts after it reads the new setting; none writes half under the
 * old one, whichever service instance on the database runs it. The two-key form of the advisory
 * lock lives apart from the pairs' one-key locks.
 */
public final class ModuleSwitchLock {

    /** "RELA" and 1: an arbitrary key of the service's own, stable across releases. */
    static final int NAMESPACE = 0x52454c41;
    static final int MODULE_SWITCH = 1;

    /**
     * A native query because advisory locks are PostgreSQL's alone. The module's lock comes first
     * (the target list is evaluated in order), then the pair's: one round trip for both. Cast to
     * text because the functions return void, which has no Java type.
     */
    private static final String LOCK_MODULE_SHARED_AND_PAIR =
            "select cast(pg_advisory_xact_lock_shared(?1, ?2) as text), cast(pg_advisory_xact_lock(?3) as text)";

    private static final String LOCK_MODULE_EXCLUSIVE = "select cast(pg_advisory_xact_lock(?1, ?2) as text)";

    private ModuleSwitchLock() {
    }

    /** Within a command's transaction, as its first statement: the module shared, then the pair. */
    public static void holdSharedWithPair(StatelessSession session, UserPair pair) {
        session.createNativeQuery(LOCK_MODULE_SHARED_AND_PAIR, Object[].class)
                .setParameter(1, NAMESPACE)
                .setParameter(2, MODULE_SWITCH)
                .setParameter(3, PairLockKey.of(pair))
                .getSingleResult();
    }

    /** Within the switch's transaction, before it writes the setting. */
    public static void holdExclusive(StatelessSession session) {
        session.createNativeQuery(LOCK_MODULE_EXCLUSIVE, String.class)
                .setParameter(1, NAMESPACE)
                .setParameter(2, MODULE_SWITCH)
                .getSingleResult();
    }
}
