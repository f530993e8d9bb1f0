package io.relations.application.port.in;

import io.relations.application.model.ListedUser;
import io.relations.application.model.Outcome;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.domain.model.UserId;

/** The users who follow the owner, newest first. Hidden from a viewer whom the owner blocks. */
public interface ListFollowersUseCase {

    /**
     * The users who follow the owner, each since the follow.
     *
     * @param viewer who reads
     * @param owner  whose followers
     * @param page   the page's size and start
     * @return the page; an empty last page when the owner blocks the viewer (a user always sees
     *         their own), the answer of a user with none, so that it cannot be told apart; checked
     *         first, in this order: denied {@code MODULE_DISABLED}, {@code USER_DELETED} (the
     *         viewer is not registered) or {@code USER_NOT_FOUND} (the owner is not)
     */
    Outcome<Page<ListedUser>> listFollowers(UserId viewer, UserId owner, PageRequest page);
}
