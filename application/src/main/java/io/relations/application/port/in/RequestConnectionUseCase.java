package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.application.model.RelationshipChange;
import io.relations.domain.model.UserId;

/** The actor asks the target to connect, or accepts the target's request if there is one. */
public interface RequestConnectionUseCase {

    Outcome<RelationshipChange> requestConnection(UserId actor, UserId target);
}
