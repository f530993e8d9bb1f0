package io.relations.application.port.out;

import io.relations.application.model.BlockedUser;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.domain.model.UserId;

/** The users one user blocks, newest first. */
public interface BlockLists {

    Page<BlockedUser> blockedBy(UserId blocker, PageRequest page);
}
