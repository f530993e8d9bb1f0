package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.application.model.RelationshipChange;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.UserId;

/** The actor blocks the target, which removes their follows and connection. */
public interface BlockUseCase {

    Outcome<RelationshipChange> block(UserId actor, UserId target, BlockReason reason);
}
