package io.relations.application.port.out;

import io.relations.application.model.GuardedRead;
import io.relations.application.model.UserStats;
import io.relations.domain.model.UserId;

/**
 * A user's counts, kept up to date with every change so reading them costs O(1), read as
 * {@code viewer} asks for them: with the facts about viewer and owner from the same snapshot.
 */
public interface UserStatistics {

    GuardedRead<UserStats> statsOf(UserId viewer, UserId owner);
}
