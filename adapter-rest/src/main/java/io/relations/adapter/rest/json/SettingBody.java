package io.relations.adapter.rest.json;

/** The body of {@code PUT /admin/settings/connections_enabled}; a missing value is refused. */
public record SettingBody(Boolean value) {
}
