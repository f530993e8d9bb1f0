package io.relations.adapter.persistence.transaction;

import io.relations.domain.model.UserPair;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The second key of a pair's advisory lock ({@link AdvisoryLocks}): the kind bits of a pair,
 * {@code 10}, above the low 30 bits of the first 4 bytes of SHA-256 over the two ids, lower
 * first. The same in every JVM and every release, since processes of different versions may run
 * side by side against one database; a collision only makes two pairs wait for each other.
 */
public final class PairLockKey {

    private PairLockKey() {
    }

    /** {@return the key, negative as an {@code int} since its top bit is set} */
    public static int of(UserPair pair) {
        ByteBuffer ids = ByteBuffer.allocate(32)
                .putLong(pair.lower().value().getMostSignificantBits())
                .putLong(pair.lower().value().getLeastSignificantBits())
                .putLong(pair.higher().value().getMostSignificantBits())
                .putLong(pair.higher().value().getLeastSignificantBits());
        return AdvisoryLocks.PAIR_KIND | (ByteBuffer.wrap(sha256(ids.array())).getInt() & AdvisoryLocks.HASH_BITS);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
