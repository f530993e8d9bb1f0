package io.relations.domain.model;

import java.util.Objects;

/** Everything between {@code viewer} and {@code other}, as {@code viewer} sees it. */
public record Relationship(
        UserId viewer,
        UserId other,
        boolean following,
        boolean followedBy,
        ConnectionStatus connection,
        boolean blocking,
        boolean blockedBy) {

    public Relationship {
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(connection, "connection");
    }
}
