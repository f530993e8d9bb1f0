package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.application.model.RelationshipChange;
import io.relations.domain.model.UserId;

/**
 * The actor ends their connection with the target, whichever it is: an accepted connection is
 * removed, their own pending request withdrawn; one decision in one transaction.
 */
public interface DisconnectUseCase {

    Outcome<RelationshipChange> disconnect(UserId actor, UserId target);
}
