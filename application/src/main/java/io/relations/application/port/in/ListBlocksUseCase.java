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

    Outcome<Page<BlockedUser>> listBlocks(UserId owner, Reader reader, PageRequest page);
}
