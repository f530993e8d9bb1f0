package io.relations.adapter.persistence.support;

import com.zaxxer.hikari.HikariDataSource;
import io.relations.adapter.persistence.ConnectionPool;
import io.relations.adapter.persistence.RelationsPersistence;
import io.relations.application.service.AdministrationService;
import io.relations.application.service.RelationshipCommandService;
import io.relations.application.service.RelationshipQueryService;
import io.relations.domain.model.UserId;
import java.time.Clock;
import java.util.UUID;

/**
 * The application's services wired to the persistence adapter on a fresh database: what the
 * bootstrap module will do, minus the web.
 */
public final class RelationsOnPostgres implements AutoCloseable {

    public final HikariDataSource dataSource;
    public final RelationsPersistence persistence;
    public final RelationshipCommandService commands;
    public final RelationshipQueryService queries;
    public final AdministrationService administration;
    public final Sql sql;

    private RelationsOnPostgres(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.persistence = RelationsPersistence.create(dataSource);
        this.commands = new RelationshipCommandService(persistence.moduleSwitch(), persistence.users(),
                persistence.pairLock(), persistence.pairStates(), persistence.eventRecorder(),
                persistence.idGenerator(), Clock.systemUTC());
        this.queries = new RelationshipQueryService(persistence.moduleSwitch(), persistence.users(), persistence.pairStates(),
                new RelationshipQueryService.ReadModels(persistence.followLists(), persistence.connectionLists(),
                        persistence.blockLists(), persistence.userStatistics(), persistence.historyReader()));
        this.administration = new AdministrationService(persistence.users(), persistence.moduleSwitch());
        this.sql = new Sql(dataSource);
    }

    public static RelationsOnPostgres start(int poolSize) {
        TemporaryPostgres.Database database = TemporaryPostgres.freshDatabase();
        return new RelationsOnPostgres(ConnectionPool.open(database.jdbcUrl(), database.user(), database.password(), poolSize));
    }

    /** A new user, registered. */
    public UserId newUser() {
        UserId user = UserId.of(UUID.randomUUID());
        administration.registerUser(user);
        return user;
    }

    @Override
    public void close() {
        persistence.close();
        dataSource.close();
    }
}
