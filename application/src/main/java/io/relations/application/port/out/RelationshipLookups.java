package io.relations.application.port.out;

import io.relations.application.model.LookupRead;
import io.relations.domain.model.UserId;
import java.util.Set;

/** The batch lookup's read: the actor's pairs with many users at once, in one snapshot. */
public interface RelationshipLookups {

    /** {@code others} holds at most 100 users, not the actor (none: only the module and the actor are read); the cost follows their number, not how many relationships anyone has. */
    LookupRead lookUp(UserId actor, Set<UserId> others);
}
