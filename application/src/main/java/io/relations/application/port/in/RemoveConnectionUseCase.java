package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.application.model.RelationshipChange;
import io.relations.domain.model.UserId;

/** The actor ends their accepted connection with the target. */
public interface RemoveConnectionUseCase {

    Outcome<RelationshipChange> removeConnection(UserId actor, UserId target);
}
