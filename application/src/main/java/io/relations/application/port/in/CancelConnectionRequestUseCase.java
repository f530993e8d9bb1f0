package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.application.model.RelationshipChange;
import io.relations.domain.model.UserId;

/** The actor withdraws their own pending request to the target. */
public interface CancelConnectionRequestUseCase {

    Outcome<RelationshipChange> cancelConnectionRequest(UserId actor, UserId target);
}
