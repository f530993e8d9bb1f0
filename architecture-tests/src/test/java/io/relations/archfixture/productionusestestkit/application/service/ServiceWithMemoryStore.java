package io.relations.archfixture.productionusestestkit.application.service;

import io.relations.archfixture.productionusestestkit.application.port.out.Store;
import io.relations.archfixture.productionusestestkit.testkit.memory.MemoryStore;

/** Broken on purpose: a use case that falls back on the testkit's in-memory port. */
public final class ServiceWithMemoryStore {

    private final Store store = new MemoryStore();

    public int size() {
        return store.size();
    }
}
