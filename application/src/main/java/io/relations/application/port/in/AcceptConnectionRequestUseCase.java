package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.application.model.RelationshipChange;
import io.relations.domain.model.UserId;

/** The actor accepts the target's pending request. */
public interface AcceptConnectionRequestUseCase {

    Outcome<RelationshipChange> acceptConnectionRequest(UserId actor, UserId target);
}
