package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.application.model.UserStats;
import io.relations.domain.model.UserId;

/** The owner's follower, following and connection counts; hidden from a viewer whom the owner blocks. */
public interface UserStatsUseCase {

    /**
     * The owner's counts, from the same snapshot as the facts that guard them.
     *
     * @param viewer who reads
     * @param owner  whose counts
     * @return the counts; {@link UserStats#NONE} when the owner blocks the viewer (a user always
     *         sees their own), the answer of a user with none, so that it cannot be told apart;
     *         checked first, in this order: denied {@code MODULE_DISABLED}, {@code USER_DELETED}
     *         (the viewer is not registered) or {@code USER_NOT_FOUND} (the owner is not)
     */
    Outcome<UserStats> userStats(UserId viewer, UserId owner);
}
