package io.relations.domain.model;

import java.util.Objects;

/**
 * A one-way relationship from one user to another: a follow or a block.
 *
 * @param from who follows or blocks
 * @param to who is followed or blocked
 */
public record Edge(UserId from, UserId to) {

    /**
     * An edge between two different users.
     *
     * @param from who follows or blocks
     * @param to who is followed or blocked
     * @throws NullPointerException if either user is null
     * @throws IllegalArgumentException if they are the same user
     */
    public Edge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.equals(to)) {
            throw new IllegalArgumentException("a user cannot follow or block themselves: " + from);
        }
    }

    /**
     * The same two users the other way round.
     *
     * @return the edge from {@code to} to {@code from}
     */
    public Edge reversed() {
        return new Edge(to, from);
    }

    /**
     * The pair the edge lies in.
     *
     * @return the unordered pair of its two users
     */
    public UserPair pair() {
        return UserPair.of(from, to);
    }
}
