package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.application.model.RelationshipChange;
import io.relations.domain.model.UserId;

/** The actor lifts their block of the target. */
public interface UnblockUseCase {

    Outcome<RelationshipChange> unblock(UserId actor, UserId target);
}
