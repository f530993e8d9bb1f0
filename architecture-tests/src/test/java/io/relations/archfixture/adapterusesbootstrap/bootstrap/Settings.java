package io.relations.archfixture.adapterusesbootstrap.bootstrap;

import io.relations.archfixture.adapterusesbootstrap.adapter.rest.HandlerReadingSettings;

public final class Settings {

    private Settings() {}

    public static int maxPageSize() {
        return 100;
    }

    public static HandlerReadingSettings handler() {
        return new HandlerReadingSettings();
    }
}
