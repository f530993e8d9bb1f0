package io.relations.application.model;

import io.relations.domain.model.UserId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The users whose relationship with the actor is asked for: 1 to 100 distinct ids, in the asked order.
 *
 * @param others the users, unmodifiable, each once, in the order first asked
 */
public record RelationshipLookup(List<UserId> others) {

    /** The most distinct users one lookup may ask about. */
    public static final int MAX_IDS = 100;

    /**
     * A lookup; a repeated id is kept once, where it first appears.
     *
     * @param others the users asked about
     * @throws NullPointerException     if {@code others} is null or holds null
     * @throws IllegalArgumentException if it holds no id or more than {@link #MAX_IDS} distinct ones
     */
    public RelationshipLookup {
        Set<UserId> distinct = new LinkedHashSet<>(others);
        if (distinct.isEmpty() || distinct.size() > MAX_IDS) {
            throw new IllegalArgumentException("between 1 and " + MAX_IDS + " distinct ids, got " + distinct.size());
        }
        others = List.copyOf(distinct);
    }
}
