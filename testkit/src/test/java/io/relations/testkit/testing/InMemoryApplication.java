package io.relations.testkit.testing;

import io.relations.application.service.AdministrationService;
import io.relations.application.service.RelationshipCommandService;
import io.relations.application.service.RelationshipQueryService;
import io.relations.testkit.memory.InMemoryModuleSwitch;
import io.relations.testkit.memory.InMemoryRelationships;
import io.relations.testkit.memory.InMemoryStorage;
import io.relations.testkit.memory.InMemoryUsers;
import io.relations.testkit.memory.SequentialIds;
import io.relations.testkit.memory.TickingClock;
import java.time.Instant;

/** The application's services wired to the in-memory ports: what the service tests run on. */
public final class InMemoryApplication {

    private final InMemoryStorage storage = new InMemoryStorage();
    public final InMemoryUsers users = storage.users();
    public final InMemoryModuleSwitch moduleSwitch = storage.moduleSwitch();
    public final InMemoryRelationships relationships = storage.relationships();
    public final TickingClock clock = new TickingClock(Instant.parse("2026-01-01T00:00:00Z"));

    public final RelationshipCommandService commands = new RelationshipCommandService(
            relationships, moduleSwitch, new SequentialIds(), clock);
    public final RelationshipQueryService queries = new RelationshipQueryService(
            new RelationshipQueryService.ReadModels(relationships, relationships, relationships, relationships, relationships, relationships));
    public final AdministrationService administration = new AdministrationService(users, moduleSwitch);
}
