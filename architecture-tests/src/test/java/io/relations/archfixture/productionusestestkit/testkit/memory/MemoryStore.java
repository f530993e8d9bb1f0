package io.relations.archfixture.productionusestestkit.testkit.memory;

import io.relations.archfixture.productionusestestkit.application.port.out.Store;

public final class MemoryStore implements Store {

    @Override
    public int size() {
        return 0;
    }
}
