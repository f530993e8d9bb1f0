package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.application.model.RelationshipChange;
import io.relations.domain.model.UserId;

/** The actor stops following the target. */
public interface UnfollowUseCase {

    Outcome<RelationshipChange> unfollow(UserId actor, UserId target);
}
