package io.relations.adapter.persistence;

import io.relations.adapter.persistence.support.RelationsOnPostgres;
import io.relations.testkit.contract.RelationshipPorts;
import io.relations.testkit.contract.RelationshipPortsContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The PostgreSQL adapter passes the ports' contract, the concurrency cases included: every test
 * of the class on one fresh database (the suite's tests keep to users of their own).
 */
class PostgresPortsContractTest extends RelationshipPortsContract {

    private static RelationsOnPostgres relations;

    /**
     * Started here rather than as a registered extension: an extension's before-all callback runs
     * again for each of the suite's nested groups, and would open a database and a Hibernate for
     * each. Pool of 4: the two threads of the concurrency cases, and a read beside them.
     */
    @BeforeAll
    static void oneDatabaseForTheWholeSuite() {
        relations = RelationsOnPostgres.start(4);
    }

    @AfterAll
    static void closeTheDatabase() {
        relations.close();
    }

    @Override
    protected RelationshipPorts newPorts() {
        return portsOf(relations.persistence());
    }

    /** The adapter's implementation of every outbound port, as the contract suite takes them. */
    static RelationshipPorts portsOf(RelationsPersistence persistence) {
        return new RelationshipPorts(persistence.pairTransactions(), persistence.moduleSwitch(), persistence.users(),
                persistence.idGenerator(), persistence.followLists(), persistence.connectionLists(), persistence.blockLists(),
                persistence.userStatistics(), persistence.historyReader(), persistence.relationshipLookups(),
                persistence.changeLog(), persistence.consumerPositions());
    }
}
