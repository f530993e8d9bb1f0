package io.relations.adapter.persistence.support;

import io.relations.adapter.persistence.RelationsPersistence;
import io.relations.application.service.AdministrationService;
import io.relations.application.service.RelationshipCommandService;
import io.relations.application.service.RelationshipQueryService;
import java.time.Clock;

/** The application's services wired to one persistence adapter: what bootstrap does, minus the web. */
public record Services(RelationshipCommandService commands, RelationshipQueryService queries, AdministrationService administration) {

    public static Services on(RelationsPersistence persistence) {
        return new Services(
                new RelationshipCommandService(persistence.pairTransactions(), persistence.moduleSwitch(),
                        persistence.idGenerator(), Clock.systemUTC()),
                new RelationshipQueryService(new RelationshipQueryService.ReadModels(persistence.followLists(),
                        persistence.connectionLists(), persistence.blockLists(), persistence.userStatistics(),
                        persistence.historyReader(), persistence.relationshipLookups())),
                new AdministrationService(persistence.users(), persistence.moduleSwitch()));
    }
}
