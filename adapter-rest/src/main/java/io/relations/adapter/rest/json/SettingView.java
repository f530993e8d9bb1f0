package io.relations.adapter.rest.json;

/** A module setting, as administrators read it. */
public record SettingView(String key, boolean value) {
}
