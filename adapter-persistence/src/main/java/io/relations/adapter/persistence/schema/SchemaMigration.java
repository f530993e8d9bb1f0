package io.relations.adapter.persistence.schema;

import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.ValidateResult;

/**
 * Brings a database up to the latest schema with the Flyway migrations in {@link #LOCATION}, or
 * checks that it is there. The location is a path of this module's own, not Flyway's default
 * {@code db/migration}: a host application's Flyway, which scans its default location on the
 * whole class path, must never find these migrations beside its own.
 *
 * <p>With a schema named, Flyway is told that schema alone ({@code schemas}, which also makes it
 * the default schema and the home of the history table, and creates it if missing): it looks at
 * nothing else in the database, so a host's non-empty {@code public} schema and its own history
 * table are none of its business. Flyway runs each migration with the connection's
 * {@code search_path} starting at that schema, which is how the migrations' unqualified names
 * land in it; they must stay free of schema names (and they are checksummed, so they never change).
 */
public final class SchemaMigration {

    /** Flyway's default name of the history table, which the service has always used. */
    public static final String HISTORY_TABLE = "flyway_schema_history";

    /** Where the migrations are on the class path. */
    static final String LOCATION = "classpath:io/relations/adapter/persistence/migration";

    /** The versions in {@link #LOCATION}, oldest first; the schema is current when the last one is applied. */
    public static final List<String> VERSIONS = List.of("1", "2", "3", "4", "5");

    public static String latestVersion() {
        return VERSIONS.get(VERSIONS.size() - 1);
    }

    private SchemaMigration() {
    }

    /** Migrates the connection's current schema, history in {@link #HISTORY_TABLE}: what the service does. */
    public static int migrate(DataSource dataSource) {
        return migrate(dataSource, SchemaPlacement.DEFAULT);
    }

    /** {@return how many migrations were applied (0 when the schema was already current)} */
    public static int migrate(DataSource dataSource, SchemaPlacement placement) {
        return configure(dataSource, placement).load().migrate().migrationsExecuted;
    }

    /**
     * Changes nothing; throws unless every migration is applied, unchanged, in the placement.
     *
     * @throws IllegalStateException naming the placement and each migration that is missing or differs
     */
    public static void validate(DataSource dataSource, SchemaPlacement placement) {
        ValidateResult result = configure(dataSource, placement).load().validateWithResult();
        if (!result.validationSuccessful) {
            String problems = result.invalidMigrations.stream()
                    .map(invalid -> "version " + invalid.version + ": " + invalid.errorDetails.errorMessage)
                    .collect(Collectors.joining("; "));
            throw new IllegalStateException("the Relations schema is not at version " + latestVersion() + " (" + placement
                    + "): " + (problems.isEmpty() ? result.getAllErrorMessages() : problems)
                    + "; migrate it (SchemaManagement.MIGRATE) or point the adapter at the schema that holds it");
        }
    }

    private static FluentConfiguration configure(DataSource dataSource, SchemaPlacement placement) {
        FluentConfiguration configuration = Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .table(placement.historyTable());
        placement.schema().ifPresent(schema -> configuration.schemas(schema).defaultSchema(schema).createSchemas(true));
        return configuration;
    }
}
