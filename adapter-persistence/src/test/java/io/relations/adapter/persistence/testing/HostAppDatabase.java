package io.relations.adapter.persistence.testing;

import io.relations.adapter.persistence.ConnectionPool;
import io.relations.adapter.persistence.LockNamespace;
import io.relations.adapter.persistence.RelationsPersistence;
import io.relations.embedded.postgres.ConnectionInfo;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A database that belongs to another application, with Relations embedded in it: a fresh
 * database of the shared test server, migrated first by the host's own Flyway with every default
 * ({@code classpath:db/migration} of the test resources: two tables, {@code accounts} and
 * {@code orders}, a row in each, history in {@code public.flyway_schema_history}), then given as
 * many Relations installations as a test asks for, each in a schema of its own with its own
 * history table and lock namespace. For the tests of embedding, and for any suite that wants the
 * adapter as an embedder runs it (the ports' contract suite):
 *
 * <pre>{@code
 * HostAppDatabase host = HostAppDatabase.create();
 * RelationsPersistence persistence = host.embed("relations", new LockNamespace(7));
 * }</pre>
 *
 * Closing it closes every installation, then the pool.
 */
public final class HostAppDatabase implements AutoCloseable {

    /** The history table every installation of this fixture keeps in its own schema. */
    public static final String HISTORY_TABLE = "relations_schema_history";

    private final ConnectionInfo database;
    private final ConnectionPool pool;
    private final List<RelationsPersistence> installations = new ArrayList<>();

    private HostAppDatabase(ConnectionInfo database, ConnectionPool pool) {
        this.database = database;
        this.pool = pool;
    }

    /** A new host database with the host's tables, rows and history, and no Relations yet. */
    public static HostAppDatabase create() {
        ConnectionInfo database = TestDatabases.emptyDatabase();
        hostFlyway(database.dataSource()).migrate();
        return new HostAppDatabase(database, ConnectionPool.open(database.jdbcUrl(), database.user(), database.password(), 8));
    }

    /** The host's own Flyway, configured as the host configures it: every default. */
    public static Flyway hostFlyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).load();
    }

    /**
     * Relations migrated into {@code schema} of the host's database (history in
     * {@link #HISTORY_TABLE}, locks in {@code namespace}), on the host's pool, closed with this fixture.
     */
    public synchronized RelationsPersistence embed(String schema, LockNamespace namespace) {
        RelationsPersistence persistence = builder(schema).lockNamespace(namespace).build();
        installations.add(persistence);
        return persistence;
    }

    /** A builder as {@link #embed} uses it, on the host's pool: for tests of the builder's own choices. */
    public RelationsPersistence.Builder builder(String schema) {
        return RelationsPersistence.builder(pool.dataSource())
                .migrationDataSource(database.dataSource())
                .schema(schema)
                .historyTable(HISTORY_TABLE);
    }

    /** The host's pool: {@code search_path} as PostgreSQL sets it by default, nothing of Relations on it. */
    public DataSource dataSource() {
        return pool.dataSource();
    }

    @Override
    public synchronized void close() {
        try {
            installations.forEach(RelationsPersistence::close);
        } finally {
            pool.close();
        }
    }
}
