package io.relations.adapter.rest.json;

import java.util.List;

/**
 * The body of {@code POST /admin/webhooks} and {@code PATCH /admin/webhooks/{id}}: a field left
 * out keeps its value (on creation: every type, the classes public and parties); {@code url} is
 * required on creation.
 */
public record WebhookBody(String url, List<String> eventTypes, List<String> privacyClasses) {
}
