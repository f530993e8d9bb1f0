package io.relations.domain.model;

import java.util.Objects;

/**
 * Everything between {@code viewer} and {@code other}, as {@code viewer} sees it.
 *
 * @param viewer whose side it is seen from
 * @param other the other user
 * @param following the viewer follows the other
 * @param followedBy the other follows the viewer
 * @param connection the connection from the viewer's side
 * @param blocking the viewer blocks the other
 * @param blockedBy the other blocks the viewer
 */
public record Relationship(
        UserId viewer,
        UserId other,
        boolean following,
        boolean followedBy,
        ConnectionStatus connection,
        boolean blocking,
        boolean blockedBy) {

    /**
     * The relationship as the viewer sees it.
     *
     * @param viewer whose side it is seen from
     * @param other the other user
     * @param following the viewer follows the other
     * @param followedBy the other follows the viewer
     * @param connection the connection from the viewer's side
     * @param blocking the viewer blocks the other
     * @param blockedBy the other blocks the viewer
     * @throws NullPointerException if a user or the connection is null
     */
    public Relationship {
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(connection, "connection");
    }
}
