package io.relations.application.port.out;

import io.relations.application.model.GuardedRead;
import io.relations.application.model.ListedUser;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.application.model.RequestDirection;
import io.relations.domain.model.UserId;

/**
 * Accepted connections and pending requests of one user, newest first, each page with the facts
 * that guard it from the same snapshot. Pending requests are only ever read by their owner, who is
 * both viewer and owner in the facts.
 */
public interface ConnectionLists {

    GuardedRead<Page<ListedUser>> connections(UserId viewer, UserId owner, PageRequest page);

    GuardedRead<Page<ListedUser>> pendingRequests(UserId owner, RequestDirection direction, PageRequest page);
}
