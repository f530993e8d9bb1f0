package io.relations.adapter.persistence.transaction;

import io.relations.domain.model.UserId;
import java.util.UUID;
import org.hibernate.StatelessSession;

/**
 * Serialises registering and deleting one user, held for the transaction. Without it a first-use
 * registration racing a deletion could check for the tombstone before the deletion commits, wait
 * on the user's row, and insert the user again right after it was deleted: the wait happens inside
 * the insert, whose check saw the database as it was before. After this lock, the registration's
 * next statement sees the committed tombstone. The two-key form of the advisory lock, in a
 * namespace of its own, apart from the pairs' one-key locks and the module switch.
 */
public final class UserRegistrationLock {

    /** "RELU": an arbitrary key of the service's own, stable across releases. */
    static final int NAMESPACE = 0x52454c55;

    private UserRegistrationLock() {
    }

    public static void hold(StatelessSession session, UserId user) {
        session.createNativeQuery("select cast(pg_advisory_xact_lock(?1, ?2) as text)", String.class)
                .setParameter(1, NAMESPACE)
                .setParameter(2, keyOf(user.value()))
                .getSingleResult();
    }

    /** Fixed here rather than left to {@link UUID#hashCode}: processes of different releases may share a database. */
    static int keyOf(UUID id) {
        long bits = id.getMostSignificantBits() ^ id.getLeastSignificantBits();
        return (int) (bits ^ (bits >>> 32));
    }
}
