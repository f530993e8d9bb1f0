package io.relations.domain.model;

import java.util.Objects;

/** The two-way relationship of a pair: none, requested by one side, or accepted by the other. */
public sealed interface Connection {

    static Connection none() {
        return None.INSTANCE;
    }

    enum None implements Connection {
        INSTANCE
    }

    record Pending(UserId requester, UserId addressee) implements Connection {
        public Pending {
            requireTwoUsers(requester, addressee);
        }
    }

    /** Keeps who asked whom: the stored connection row does too. */
    record Accepted(UserId requester, UserId addressee) implements Connection {
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
