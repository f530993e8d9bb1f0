package io.relations.adapter.rest.json;

import java.util.UUID;

/** The answer of a rotation: the subscription and its new secret, shown this once. */
public record SecretView(UUID id, String secret) {
}
