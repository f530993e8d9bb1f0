package io.relations.adapter.persistence.support;

import io.relations.embedded.postgres.ConnectionInfo;
import io.relations.adapter.persistence.testing.TestDatabases;
import io.relations.adapter.persistence.ConnectionPool;
import io.relations.adapter.persistence.RelationsPersistence;
import io.relations.application.service.AdministrationService;
import io.relations.application.service.RelationshipCommandService;
import io.relations.application.service.RelationshipQueryService;
import io.relations.domain.model.UserId;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The application's services wired to the persistence adapter on a fresh database: what the
 * bootstrap module will do, minus the web. Either one per test class:
 * {@code @RegisterExtension static final RelationsOnPostgres relations = RelationsOnPostgres.perTestClass(2);}
 * or started and closed by the test itself.
 */
public final class RelationsOnPostgres implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    /** Who registers and deletes users in these tests: an administrator, never a registered user. */
    public static final UserId ADMINISTRATOR = UserId.parse("01900000-0000-7000-8000-00000000ad01");

    private final int poolSize;
    private ConnectionPool pool;
    private RelationsPersistence persistence;
    private RelationshipCommandService commands;
    private RelationshipQueryService queries;
    private AdministrationService administration;
    private Sql sql;

    private RelationsOnPostgres(int poolSize) {
        this.poolSize = poolSize;
    }

    public static RelationsOnPostgres perTestClass(int poolSize) {
        return new RelationsOnPostgres(poolSize);
    }

    public static RelationsOnPostgres start(int poolSize) {
        RelationsOnPostgres relations = new RelationsOnPostgres(poolSize);
        relations.open();
        return relations;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        open();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private void open() {
        ConnectionInfo database = TestDatabases.freshDatabase();
        pool = ConnectionPool.open(database.jdbcUrl(), database.user(), database.password(), poolSize);
        persistence = RelationsPersistence.builder(pool.dataSource()).build();
        Services services = Services.on(persistence);
        commands = services.commands();
        queries = services.queries();
        administration = services.administration();
        sql = new Sql(pool.dataSource());
    }

    public DataSource dataSource() {
        return pool.dataSource();
    }

    public RelationsPersistence persistence() {
        return persistence;
    }

    public RelationshipCommandService commands() {
        return commands;
    }

    public RelationshipQueryService queries() {
        return queries;
    }

    public AdministrationService administration() {
        return administration;
    }

    public Sql sql() {
        return sql;
    }

    /** A new user, registered. */
    public UserId newUser() {
        UserId user = UserId.of(UUID.randomUUID());
        administration.registerUser(user, ADMINISTRATOR);
        return user;
    }

    /** Whether the user has a row in {@code phoenix_kit_users}, read straight from the table. */
    public boolean isRegistered(UserId user) {
        return !sql.rows("select 1 from phoenix_kit_users where id = ?", user.value()).isEmpty();
    }

    @Override
    public void close() {
        persistence.close();
        pool.close();
    }
}
