package io.relations.application.port.out;

import io.relations.application.model.GuardedRead;
import io.relations.application.model.UserStats;
import io.relations.domain.model.UserId;

/**
 * A user's counts, kept up to date with every change so reading them costs O(1), read as
 * {@code viewer} asks for them: with the facts about viewer and owner from the same snapshot.
 */
public interface UserStatistics {

    /**
     * How many followers, followed users and accepted connections {@code owner} has: always the
     * sizes of the matching lists in the same snapshot.
     *
     * @param viewer who reads, for the facts
     * @param owner  whose counts
     * @return the counts, with the facts of their snapshot
     */
    GuardedRead<UserStats> statsOf(UserId viewer, UserId owner);
}
