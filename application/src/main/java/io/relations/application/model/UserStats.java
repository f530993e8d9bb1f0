package io.relations.application.model;

/**
 * How many followers, followed users and accepted connections a user has.
 *
 * @param followers   how many users follow the user
 * @param following   how many users the user follows
 * @param connections how many accepted connections the user has
 */
public record UserStats(long followers, long following, long connections) {

    /** The counts of a user with no relationships. */
    public static final UserStats NONE = new UserStats(0, 0, 0);

    /**
     * The counts.
     *
     * @param followers   how many users follow the user
     * @param following   how many users the user follows
     * @param connections how many accepted connections the user has
     * @throws IllegalArgumentException if any count is negative
     */
    public UserStats {
        if (followers < 0 || following < 0 || connections < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }
}
