package io.relations.application.model;

import io.relations.domain.model.Relationship;
import java.util.Objects;

/**
 * The pair's relationship after a command, as the actor sees it, and whether the command changed it.
 *
 * @param relationship the relationship after the command, seen from the actor's side
 * @param changed      true if the command recorded events; false if it left the pair as it was
 */
public record RelationshipChange(Relationship relationship, boolean changed) {

    /**
     * The answer of a command.
     *
     * @param relationship the relationship after the command, seen from the actor's side
     * @param changed      true if the command recorded events; false if it left the pair as it was
     * @throws NullPointerException if {@code relationship} is null
     */
    public RelationshipChange {
        Objects.requireNonNull(relationship, "relationship");
    }
}
