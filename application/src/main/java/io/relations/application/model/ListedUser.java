package io.relations.application.model;

import io.relations.domain.model.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * One user in a list (followers, following, connections, requests), and since when they are in it.
 *
 * @param user  the user listed
 * @param since the time of the recorded event that put them in the list
 */
public record ListedUser(UserId user, Instant since) {

    /**
     * An entry of a list.
     *
     * @param user  the user listed
     * @param since the time of the recorded event that put them in the list
     * @throws NullPointerException if either is null
     */
    public ListedUser {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(since, "since");
    }
}
