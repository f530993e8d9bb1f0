package io.relations.application.port.out;

import io.relations.application.model.BlockedUser;
import io.relations.application.model.GuardedRead;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.domain.model.UserId;

/** The users one user blocks, newest first, with the facts about the blocker (viewer and owner alike) from the same snapshot. */
public interface BlockLists {

    GuardedRead<Page<BlockedUser>> blockedBy(UserId blocker, PageRequest page);
}
