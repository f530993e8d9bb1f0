package io.relations.application.testing;

import io.relations.application.service.AdministrationService;
import io.relations.application.service.RelationshipCommandService;
import io.relations.application.service.RelationshipQueryService;
import java.time.Instant;

/** The application's services wired to in-memory test doubles of every outbound port. */
public final class InMemoryApplication {

    public final InMemoryUsers users = new InMemoryUsers();
    public final InMemoryModuleSwitch moduleSwitch = new InMemoryModuleSwitch();
    public final InMemoryRelationships relationships = new InMemoryRelationships(users, moduleSwitch);
    public final TickingClock clock = new TickingClock(Instant.parse("2026-01-01T00:00:00Z"));

    public final RelationshipCommandService commands = new RelationshipCommandService(
            relationships, moduleSwitch, new SequentialIds(), clock);
    public final RelationshipQueryService queries = new RelationshipQueryService(
            new RelationshipQueryService.ReadModels(relationships, relationships, relationships, relationships, relationships, relationships));
    public final AdministrationService administration = new AdministrationService(users, moduleSwitch);
}
