package io.relations.bootstrap;

import io.relations.adapter.persistence.DatabaseLocation;
import io.relations.bootstrap.config.DatabaseSettings;

/** From the configuration's words to the persistence adapter's. */
final class DatabaseLocations {

    private DatabaseLocations() {
    }

    static DatabaseLocation of(DatabaseSettings settings) {
        if (settings instanceof DatabaseSettings.External external) {
            return new DatabaseLocation.Server(external.jdbcUrl(), external.user(), external.password());
        }
        return new DatabaseLocation.Embedded(((DatabaseSettings.Embedded) settings).dataDirectory());
    }
}
