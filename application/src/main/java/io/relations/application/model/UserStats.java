package io.relations.application.model;

/** How many followers, followed users and accepted connections a user has. */
public record UserStats(long followers, long following, long connections) {

    public UserStats {
        if (followers < 0 || following < 0 || connections < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }
}
