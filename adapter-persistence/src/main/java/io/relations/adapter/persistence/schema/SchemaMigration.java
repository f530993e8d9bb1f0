package io.relations.adapter.persistence.schema;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings a database up to the latest schema with the Flyway migrations in {@code db/migration}. */
public final class SchemaMigration {

    /** Where Flyway records what it applied; {@link SchemaRollback} edits it too. */
    public static final String HISTORY_TABLE = "flyway_schema_history";

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
