package io.relations.application.port.out;

import io.relations.application.model.GuardedRead;
import io.relations.application.model.ListedUser;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.application.model.RequestDirection;
import io.relations.domain.model.UserId;

/**
 * Accepted connections and pending requests of one user, each page with the facts that guard it
 * from the same snapshot, paged as {@link FollowLists} says. Pending requests are only ever read
 * by their owner, who is both viewer and owner in the facts.
 */
public interface ConnectionLists {

    /**
     * The users connected with {@code owner}, whichever side asked, each since the request was
     * accepted.
     *
     * @param viewer who reads, for the facts
     * @param owner  whose connections
     * @param page   the page's size and start
     * @return the page, with the facts of its snapshot
     */
    GuardedRead<Page<ListedUser>> connections(UserId viewer, UserId owner, PageRequest page);

    /**
     * The users who asked {@code owner} to connect ({@code INCOMING}) or whom {@code owner} asked
     * ({@code OUTGOING}), with no answer yet, each since the request.
     *
     * @param owner     whose requests, reading them
     * @param direction received or sent
     * @param page      the page's size and start
     * @return the page, with the facts of its snapshot
     */
    GuardedRead<Page<ListedUser>> pendingRequests(UserId owner, RequestDirection direction, PageRequest page);
}
