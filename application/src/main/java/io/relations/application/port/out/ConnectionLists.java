package io.relations.application.port.out;

import io.relations.application.model.ListedUser;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.application.model.RequestDirection;
import io.relations.domain.model.UserId;

/** Accepted connections and pending requests of one user, newest first. */
public interface ConnectionLists {

    Page<ListedUser> connections(UserId user, PageRequest page);

    Page<ListedUser> pendingRequests(UserId user, RequestDirection direction, PageRequest page);
}
