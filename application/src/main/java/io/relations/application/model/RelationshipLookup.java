package io.relations.application.model;

import io.relations.domain.model.UserId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The users whose relationship with the actor is asked for: 1 to 100 distinct ids, in the asked order. */
public record RelationshipLookup(List<UserId> others) {

    public static final int MAX_IDS = 100;

    public RelationshipLookup {
        Set<UserId> distinct = new LinkedHashSet<>(others);
        if (distinct.isEmpty() || distinct.size() > MAX_IDS) {
            throw new IllegalArgumentException("between 1 and " + MAX_IDS + " distinct ids, got " + distinct.size());
        }
        others = List.copyOf(distinct);
    }
}
