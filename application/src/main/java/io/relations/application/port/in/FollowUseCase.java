package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.application.model.RelationshipChange;
import io.relations.domain.model.UserId;

/** The actor follows the target. */
public interface FollowUseCase {

    Outcome<RelationshipChange> follow(UserId actor, UserId target);
}
