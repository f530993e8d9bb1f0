package io.relations.archfixture.adapterusesbootstrap.adapter.rest;

import io.relations.archfixture.adapterusesbootstrap.bootstrap.Settings;

/** Broken on purpose: an adapter reaching up into the composition root for its configuration. */
public final class HandlerReadingSettings {

    public int pageSize() {
        return Settings.maxPageSize();
    }
}
