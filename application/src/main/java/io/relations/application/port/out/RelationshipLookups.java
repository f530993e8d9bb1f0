package io.relations.application.port.out;

import io.relations.application.model.LookupRead;
import io.relations.domain.model.UserId;
import java.util.Set;

/** The batch lookup's read: the actor's pairs with many users at once, in one snapshot. */
public interface RelationshipLookups {

    /**
     * The module switch, which of the actor and {@code others} are registered, and the actor's
     * pair state with each of {@code others}; a user missing from the pairs has none with the
     * actor (an implementation may also list the empty state). The cost follows the number of
     * users asked, not how many relationships anyone has.
     *
     * @param actor  who asks
     * @param others at most 100 users, not the actor; none: only the module and the actor are read
     * @return what the one snapshot held
     */
    LookupRead lookUp(UserId actor, Set<UserId> others);
}
