package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.application.model.UserStats;
import io.relations.domain.model.UserId;

/** The owner's follower, following and connection counts; hidden from a viewer whom the owner blocks. */
public interface UserStatsUseCase {

    Outcome<UserStats> userStats(UserId viewer, UserId owner);
}
