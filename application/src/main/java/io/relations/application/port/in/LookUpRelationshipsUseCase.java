package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.application.model.RelationshipLookup;
import io.relations.domain.model.Relationship;
import io.relations.domain.model.UserId;
import java.util.List;

/** The actor's relationship with each of up to 100 users, in the asked order. */
public interface LookUpRelationshipsUseCase {

    /**
     * The actor's relationship with each user of the lookup, all read in one snapshot.
     *
     * @param actor  who asks
     * @param lookup the users, without the actor
     * @return one relationship per user, seen from the actor's side, in the lookup's order (the
     *         empty relationship with a user they have none with); otherwise, in this order, an
     *         answer for none of them: denied {@code MODULE_DISABLED}, refused
     *         {@code SELF_RELATIONSHIP} (the lookup names the actor), denied {@code USER_DELETED}
     *         (the actor is not registered) or {@code USER_NOT_FOUND} (a user of the lookup is not)
     */
    Outcome<List<Relationship>> lookUpRelationships(UserId actor, RelationshipLookup lookup);
}
