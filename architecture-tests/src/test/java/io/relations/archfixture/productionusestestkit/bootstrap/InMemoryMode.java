package io.relations.archfixture.productionusestestkit.bootstrap;

import io.relations.archfixture.productionusestestkit.application.port.out.Store;
import io.relations.archfixture.productionusestestkit.testkit.memory.MemoryStore;

/** Broken on purpose: the composition root wires the testkit's in-memory port into the service. */
public final class InMemoryMode {

    private InMemoryMode() {}

    public static Store store() {
        return new MemoryStore();
    }
}
