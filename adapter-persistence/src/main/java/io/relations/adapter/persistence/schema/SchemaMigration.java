package io.relations.adapter.persistence.schema;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings a database up to the latest schema with the Flyway migrations in {@code db/migration}. */
public final class SchemaMigration {

    /** Where Flyway records what it applied; {@link SchemaRollback} edits it too. */
    public static final String HISTORY_TABLE = "flyway_schema_history";

    /** The versions in {@code db/migration}, oldest first; the schema is current when the last one is applied. */
    public static final List<String> VERSIONS = List.of("1", "2", "3");

    public static String latestVersion() {
        return VERSIONS.get(VERSIONS.size() - 1);
    }

    private SchemaMigration() {
    }

    /** @return how many migrations were applied (0 when the schema was already current) */
    public static int migrate(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table(HISTORY_TABLE)
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
