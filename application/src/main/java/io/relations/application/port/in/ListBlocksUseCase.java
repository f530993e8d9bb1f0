package io.relations.application.port.in;

import io.relations.application.model.BlockedUser;
import io.relations.application.model.Outcome;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.domain.model.UserId;

/** The actor's own block list, newest first; nobody else's. */
public interface ListBlocksUseCase {

    Outcome<Page<BlockedUser>> listBlocks(UserId actor, PageRequest page);
}
