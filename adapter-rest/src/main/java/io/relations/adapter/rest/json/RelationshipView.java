package io.relations.adapter.rest.json;

import java.util.UUID;

/** The pair's relationship as the caller sees it: one entry of {@code /me/relationships}, and every command's answer. */
public record RelationshipView(
        UUID userId,
        boolean following,
        boolean followedBy,
        String connection,
        boolean blocking,
        boolean blockedBy) {
}
