package io.relations.application.port.out;

import io.relations.application.model.BlockedUser;
import io.relations.application.model.GuardedRead;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.domain.model.UserId;

/**
 * The users one user blocks, with the facts about the blocker (viewer and owner alike) from the
 * same snapshot, paged as {@link FollowLists} says.
 */
public interface BlockLists {

    /**
     * The users {@code blocker} blocks, each with the reason the blocker gave (not the one of a
     * block back), since the block.
     *
     * @param blocker whose blocks, reading them
     * @param page    the page's size and start
     * @return the page, with the facts of its snapshot
     */
    GuardedRead<Page<BlockedUser>> blockedBy(UserId blocker, PageRequest page);
}
