package io.relations.adapter.rest.json;

import java.util.UUID;

/** The answer to an administrator registering a user: whether it was new. */
public record UserRegistrationView(UUID userId, boolean created) {
}
