package io.relations.domain.model;

import java.util.Objects;

/**
 * A pair state that breaks one of the kernel's invariants was asked for: a block beside a follow
 * or a connection (invariant 2), or two connections in one pair (invariant 3). No {@link PairState}
 * is ever built that breaks them; this exception is what is thrown instead. Storage that holds
 * such a pair is corrupt, and the kernel cannot decide anything on it.
 */
public final class InconsistentPairStateException extends IllegalArgumentException {

    /** The serialized form of version 1. */
    private static final long serialVersionUID = 1L;

    /** The invariants of DESIGN §2 that a pair state can break (invariant 1 is kept by {@link UserPair} itself). */
    public enum Invariant {
        /** Invariant 2: while a block exists either way, there is no follow either way and no connection. */
        BLOCK_EXCLUDES_FOLLOWS_AND_CONNECTION(2),
        /** Invariant 3: a pair has at most one connection, pending or accepted, whoever asked. */
        ONE_CONNECTION_PER_PAIR(3);

        private final int number;

        Invariant(int number) {
            this.number = number;
        }

        /**
         * The invariant's number in DESIGN §2.
         *
         * @return 2 or 3
         */
        public int number() {
            return number;
        }
    }

    private final transient UserPair pair;
    /** The invariant the state would break. */
    private final Invariant invariant;

    /**
     * An exception naming the pair, the invariant it would break, and what breaks it.
     *
     * @param pair the pair whose state was asked for
     * @param invariant the invariant that state would break
     * @param detail what the state holds that breaks it, for the message
     */
    public InconsistentPairStateException(UserPair pair, Invariant invariant, String detail) {
        super("the state of " + Objects.requireNonNull(pair, "pair") + " breaks invariant "
                + Objects.requireNonNull(invariant, "invariant").number() + " (" + invariant + "): " + detail);
        this.pair = pair;
        this.invariant = invariant;
    }

    /**
     * The pair whose state breaks the invariant.
     *
     * @return the pair, never null
     */
    public UserPair pair() {
        return pair;
    }

    /**
     * The invariant the state breaks.
     *
     * @return the invariant, never null
     */
    public Invariant invariant() {
        return invariant;
    }
}
