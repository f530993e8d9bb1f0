package io.relations.adapter.persistence.transaction;

import jakarta.persistence.EntityManager;

/**
 * Serialises switching the module with the commands under way: every command holds this lock
 * shared for its transaction, a switch takes it exclusively. So a switch waits for the commands in
 * flight, and every command that starts after it reads the new setting; none writes half under the
 * old one. The two-key form of the advisory lock lives apart from the pairs' one-key locks.
 */
public final class ModuleSwitchLock {

    /** "RELA" and 1: an arbitrary key of the service's own, stable across releases. */
    static final int NAMESPACE = 0x52454c41;
    static final int MODULE_SWITCH = 1;

    private ModuleSwitchLock() {
    }

    /** Within a command's transaction. */
    public static void holdShared(EntityManager entityManager) {
        entityManager.createNativeQuery("select 1 from pg_advisory_xact_lock_shared(?, ?)")
                .setParameter(1, NAMESPACE)
                .setParameter(2, MODULE_SWITCH)
                .getResultList();
    }

    /** Within the switch's transaction, before it writes the setting. */
    public static void holdExclusive(EntityManager entityManager) {
        entityManager.createNativeQuery("select 1 from pg_advisory_xact_lock(?, ?)")
                .setParameter(1, NAMESPACE)
                .setParameter(2, MODULE_SWITCH)
                .getResultList();
    }
}
