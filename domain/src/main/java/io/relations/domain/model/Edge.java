package io.relations.domain.model;

import java.util.Objects;

/** A one-way relationship from one user to another: a follow or a block. */
public record Edge(UserId from, UserId to) {

    public Edge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.equals(to)) {
            throw new IllegalArgumentException("a user cannot follow or block themselves: " + from);
        }
    }

    public Edge reversed() {
        return new Edge(to, from);
    }

    public UserPair pair() {
        return UserPair.of(from, to);
    }
}
