package io.relations.application.port.in;

import io.relations.application.model.ListedUser;
import io.relations.application.model.Outcome;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.application.model.RequestDirection;
import io.relations.domain.model.UserId;

/** The actor's own pending requests, received or sent, newest first. */
public interface ListConnectionRequestsUseCase {

    Outcome<Page<ListedUser>> listConnectionRequests(UserId actor, RequestDirection direction, PageRequest page);
}
