package io.relations.adapter.persistence.counter;

import io.relations.domain.model.UserId;

/**
 * Which of a user's 16 counter rows a change goes to: a hash of the <em>other</em> user of the
 * pair. Concurrent followers of one user spread over the stripes, and an edge's +1 and later -1
 * meet on the same stripe, so no stripe ever goes negative.
 */
public final class CounterStripe {

    public static final int STRIPES = 16;

    private CounterStripe() {
    }

    public static short of(UserId otherUser) {
        long bits = otherUser.value().getMostSignificantBits() ^ otherUser.value().getLeastSignificantBits();
        // MurmurHash3's finaliser: every bit of the id reaches the low bits kept below.
        bits ^= bits >>> 33;
        bits *= 0xff51afd7ed558ccdL;
        bits ^= bits >>> 33;
        bits *= 0xc4ceb9fe1a85ec53L;
        bits ^= bits >>> 33;
        return (short) (bits & (STRIPES - 1));
    }
}
