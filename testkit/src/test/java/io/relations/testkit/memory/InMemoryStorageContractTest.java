package io.relations.testkit.memory;

import io.relations.testkit.contract.RelationshipPorts;
import io.relations.testkit.contract.RelationshipPortsContract;

/** The in-memory ports pass the contract, each test on a storage of its own. The README shows this class. */
// README contract: start
class InMemoryStorageContractTest extends RelationshipPortsContract {

    @Override
    protected RelationshipPorts newPorts() {
        InMemoryStorage storage = new InMemoryStorage();
        InMemoryRelationships pairs = storage.relationships();
        return new RelationshipPorts(pairs, storage.moduleSwitch(), storage.users(), new SequentialIds(),
                pairs, pairs, pairs, pairs, pairs, pairs, storage.changeLog(), storage.consumerPositions());
    }
}
// README contract: end
