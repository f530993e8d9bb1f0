package io.relations.domain.model;

import java.util.Objects;

/**
 * The unordered pair {A, B} of two different users: the unit of consistency of every relationship.
 * Stored with the lower id first, so {A, B} and {B, A} are the same value.
 *
 * @param lower the user with the lower id
 * @param higher the user with the higher id
 */
public record UserPair(UserId lower, UserId higher) {

    /**
     * The pair, given in order; {@link #of} takes either order.
     *
     * @param lower the user with the lower id
     * @param higher the user with the higher id
     * @throws NullPointerException if either user is null
     * @throws IllegalArgumentException if they are the same user or not in order
     */
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

    /**
     * The pair of two different users, in either order.
     *
     * @param one one user
     * @param other the other user
     * @return their pair
     * @throws NullPointerException if either user is null
     * @throws IllegalArgumentException if they are the same user
     */
    public static UserPair of(UserId one, UserId other) {
        return one.compareTo(other) < 0 ? new UserPair(one, other) : new UserPair(other, one);
    }

    /**
     * Whether {@code user} is one of the two.
     *
     * @param user any user
     * @return true if it is the lower or the higher user
     */
    public boolean contains(UserId user) {
        return lower.equals(user) || higher.equals(user);
    }

    /**
     * The member of the pair who is not {@code user}.
     *
     * @param user one of the two users
     * @return the other one
     * @throws IllegalArgumentException if {@code user} is not in the pair
     */
    public UserId other(UserId user) {
        if (lower.equals(user)) {
            return higher;
        }
        if (higher.equals(user)) {
            return lower;
        }
        throw new IllegalArgumentException(user + " is not in " + this);
    }

    /**
     * The pair as {@code {lower, higher}}.
     *
     * @return the two ids in braces
     */
    @Override
    public String toString() {
        return "{" + lower + ", " + higher + "}";
    }
}
