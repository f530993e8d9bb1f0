package io.relations.adapter.rest.json;

/** The body of {@code POST /admin/webhooks/{id}/replay}: the position to deliver after. */
public record ReplayBody(String after) {
}
