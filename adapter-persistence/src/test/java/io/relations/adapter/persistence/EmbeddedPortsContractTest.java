package io.relations.adapter.persistence;

import io.relations.adapter.persistence.testing.HostAppDatabase;
import io.relations.testkit.contract.RelationshipPorts;
import io.relations.testkit.contract.RelationshipPortsContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The adapter as an embedder runs it passes the ports' contract too, the concurrency cases
 * included: migrated into a schema of its own, with its own history table and lock namespace, in
 * a database that already holds another application's tables and Flyway history, and used on
 * that application's pool (PostgreSQL's default {@code search_path}: an unqualified statement
 * would fail here).
 */
class EmbeddedPortsContractTest extends RelationshipPortsContract {

    private static HostAppDatabase host;
    private static RelationsPersistence persistence;

    @BeforeAll
    static void relationsEmbeddedInAHostDatabase() {
        host = HostAppDatabase.create();
        persistence = host.embed("relations", new LockNamespace(7));
    }

    @AfterAll
    static void closeTheHostDatabase() {
        host.close();
    }

    @Override
    protected RelationshipPorts newPorts() {
        return PostgresPortsContractTest.portsOf(persistence);
    }
}
