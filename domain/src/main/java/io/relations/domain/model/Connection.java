package io.relations.domain.model;

import java.util.Objects;

/** The two-way relationship of a pair: none, requested by one side, or accepted by the other. */
public sealed interface Connection {

    /**
     * No connection.
     *
     * @return the one value of {@link None}
     */
    static Connection none() {
        return None.INSTANCE;
    }

    /** No connection and no request either way. */
    enum None implements Connection {
        /** The only value. */
        INSTANCE
    }

    /**
     * A request of {@code requester} to {@code addressee}, not answered yet.
     *
     * @param requester who asked
     * @param addressee who was asked
     */
    record Pending(UserId requester, UserId addressee) implements Connection {
        /**
         * A request between two different users.
         *
         * @param requester who asked
         * @param addressee who was asked
         * @throws NullPointerException if either user is null
         * @throws IllegalArgumentException if they are the same user
         */
        public Pending {
            requireTwoUsers(requester, addressee);
        }
    }

    /**
     * An accepted connection. Keeps who asked whom: the stored connection row does too.
     *
     * @param requester who asked
     * @param addressee who accepted
     */
    record Accepted(UserId requester, UserId addressee) implements Connection {
        /**
         * A connection between two different users.
         *
         * @param requester who asked
         * @param addressee who accepted
         * @throws NullPointerException if either user is null
         * @throws IllegalArgumentException if they are the same user
         */
        public Accepted {
            requireTwoUsers(requester, addressee);
        }
    }

    private static void requireTwoUsers(UserId requester, UserId addressee) {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(addressee, "addressee");
        if (requester.equals(addressee)) {
            throw new IllegalArgumentException("a user cannot connect with themselves: " + requester);
        }
    }
}
