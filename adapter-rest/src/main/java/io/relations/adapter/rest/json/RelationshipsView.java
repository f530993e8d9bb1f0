package io.relations.adapter.rest.json;

import java.util.List;

/** The answer of {@code /me/relationships}: one entry per asked id, in the asked order. */
public record RelationshipsView(List<RelationshipView> items) {
}
