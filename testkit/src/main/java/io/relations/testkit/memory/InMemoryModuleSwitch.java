package io.relations.testkit.memory;

import io.relations.application.port.out.ModuleSwitch;
import io.relations.domain.model.UserId;

/**
 * The {@code connections_enabled} setting of an {@link InMemoryStorage}; on in a new storage, as
 * the service's migration seeds it. A switch waits for the storage's transaction in progress, so
 * no command that holds a pair decides under a setting that changed meanwhile.
 */
public final class InMemoryModuleSwitch implements ModuleSwitch {

    private final MemoryStore store;

    InMemoryModuleSwitch(MemoryStore store) {
        this.store = store;
    }

    @Override
    public boolean connectionsEnabled() {
        synchronized (store) {
            return store.connectionsEnabled;
        }
    }

    @Override
    public void switchConnections(boolean enabled, UserId administrator) {
        synchronized (store) {
            store.connectionsEnabled = enabled;
        }
    }
}
