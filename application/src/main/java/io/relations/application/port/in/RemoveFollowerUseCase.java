package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.application.model.RelationshipChange;
import io.relations.domain.model.UserId;

/** The actor makes the target stop following them, without a block. */
public interface RemoveFollowerUseCase {

    Outcome<RelationshipChange> removeFollower(UserId actor, UserId target);
}
