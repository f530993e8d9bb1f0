package io.relations.application.port.in;

import io.relations.application.model.BlockedUser;
import io.relations.application.model.Outcome;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.domain.decision.Reader;
import io.relations.domain.model.UserId;

/**
 * A user's block list, with the reasons, newest first: read by its owner or by an administrator,
 * nobody else. An administrator's read works while the module is switched off.
 */
public interface ListBlocksUseCase {

    /**
     * The users the owner blocks, each with the owner's reason, since the block.
     *
     * @param owner  whose block list
     * @param reader the owner themself or an administrator; the caller vouches for which
     * @param page   the page's size and start
     * @return the page; denied, for the owner's read, {@code MODULE_DISABLED} or
     *         {@code USER_DELETED} (the owner not registered); for an administrator's,
     *         {@code USER_NOT_FOUND} (the owner not registered), whatever the module switch
     */
    Outcome<Page<BlockedUser>> listBlocks(UserId owner, Reader reader, PageRequest page);
}
