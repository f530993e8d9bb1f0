package io.relations.adapter.rest.json;

/** The optional body of {@code PUT /me/blocks/{userId}}. */
public record BlockBody(String reason) {
}
