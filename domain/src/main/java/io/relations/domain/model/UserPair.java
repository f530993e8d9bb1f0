package io.relations.domain.model;

import java.util.Objects;

/**
 * The unordered pair {A, B} of two different users: the unit of consistency of every relationship.
 * Stored with the lower id first, so {A, B} and {B, A} are the same value.
 */
public record UserPair(UserId lower, UserId higher) {

    public UserPair {
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(higher, "higher");
        if (lower.equals(higher)) {
            throw new IllegalArgumentException("a user cannot be in a relationship with themselves: " + lower);
        }
        if (lower.compareTo(higher) > 0) {
            throw new IllegalArgumentException("the lower id comes first; use UserPair.of(a, b)");
        }
    }

    /** The pair of two different users, in either order. */
    public static UserPair of(UserId one, UserId other) {
        return one.compareTo(other) < 0 ? new UserPair(one, other) : new UserPair(other, one);
    }

    public boolean contains(UserId user) {
        return lower.equals(user) || higher.equals(user);
    }

    /** The member of the pair who is not {@code user}. */
    public UserId other(UserId user) {
        if (lower.equals(user)) {
            return higher;
        }
        if (higher.equals(user)) {
            return lower;
        }
        throw new IllegalArgumentException(user + " is not in " + this);
    }

    @Override
    public String toString() {
        return "{" + lower + ", " + higher + "}";
    }
}
