package io.relations.testkit.memory;

import io.relations.testkit.contract.RelationshipPorts;
import io.relations.testkit.contract.RelationshipPortsContract;

/** The in-memory ports pass the contract, each test on a storage of its own. */
class InMemoryStorageContractTest extends RelationshipPortsContract {

    @Override
    protected RelationshipPorts newPorts() {
        InMemoryStorage storage = new InMemoryStorage();
        InMemoryRelationships relationships = storage.relationships();
        return new RelationshipPorts(relationships, storage.moduleSwitch(), storage.users(), new SequentialIds(),
                relationships, relationships, relationships, relationships, relationships, relationships);
    }
}
