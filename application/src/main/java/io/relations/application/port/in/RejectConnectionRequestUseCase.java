package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.application.model.RelationshipChange;
import io.relations.domain.model.UserId;

/** The actor turns down the target's pending request. */
public interface RejectConnectionRequestUseCase {

    Outcome<RelationshipChange> rejectConnectionRequest(UserId actor, UserId target);
}
