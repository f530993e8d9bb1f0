package io.relations.application.port.in;

import io.relations.application.model.ListedUser;
import io.relations.application.model.Outcome;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.application.model.RequestDirection;
import io.relations.domain.model.UserId;

/** The actor's own pending requests, received or sent, newest first. */
public interface ListConnectionRequestsUseCase {

    /**
     * The actor's pending requests, each since it was made.
     *
     * @param actor     whose requests, reading them
     * @param direction received or sent
     * @param page      the page's size and start
     * @return the page; denied {@code MODULE_DISABLED}, or {@code USER_DELETED} when the actor is
     *         not registered
     */
    Outcome<Page<ListedUser>> listConnectionRequests(UserId actor, RequestDirection direction, PageRequest page);
}
