package io.relations.application.port.in;

import io.relations.application.model.ListedUser;
import io.relations.application.model.Outcome;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.domain.model.UserId;

/** The owner's accepted connections, newest first. Hidden from a viewer whom the owner blocks. */
public interface ListConnectionsUseCase {

    Outcome<Page<ListedUser>> listConnections(UserId viewer, UserId owner, PageRequest page);
}
