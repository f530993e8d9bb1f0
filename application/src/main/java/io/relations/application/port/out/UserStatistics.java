package io.relations.application.port.out;

import io.relations.application.model.UserStats;
import io.relations.domain.model.UserId;

/** A user's counts, kept up to date with every change so reading them costs O(1). */
public interface UserStatistics {

    UserStats statsOf(UserId user);
}
