package io.relations.application.testing;

import io.relations.application.port.out.ModuleSwitch;

/** A test double of the {@code connections_enabled} setting; on, as the migration seeds it. */
public final class InMemoryModuleSwitch implements ModuleSwitch {

    private volatile boolean enabled = true;

    @Override
    public boolean connectionsEnabled() {
        return enabled;
    }

    @Override
    public void switchConnections(boolean enabled) {
        this.enabled = enabled;
    }
}
