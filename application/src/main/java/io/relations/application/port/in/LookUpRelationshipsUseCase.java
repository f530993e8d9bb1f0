package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.application.model.RelationshipLookup;
import io.relations.domain.model.Relationship;
import io.relations.domain.model.UserId;
import java.util.List;

/** The actor's relationship with each of up to 100 users, in the asked order. */
public interface LookUpRelationshipsUseCase {

    Outcome<List<Relationship>> lookUpRelationships(UserId actor, RelationshipLookup lookup);
}
