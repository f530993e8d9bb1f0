package io.relations.application.model;

import io.relations.domain.model.Relationship;
import java.util.Objects;

/** The pair's relationship after a command, as the actor sees it, and whether the command changed it. */
public record RelationshipChange(Relationship relationship, boolean changed) {

    public RelationshipChange {
        Objects.requireNonNull(relationship, "relationship");
    }
}
