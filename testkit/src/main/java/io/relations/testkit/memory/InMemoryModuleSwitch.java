package io.relations.testkit.memory;

import io.relations.application.change.ChangeEvents;
import io.relations.application.port.out.ModuleSwitch;
import io.relations.domain.model.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The {@code connections_enabled} setting of an {@link InMemoryStorage}; on in a new storage, as
 * the service's migration seeds it. A switch waits for the storage's transaction in progress, so
 * no command that holds a pair decides under a setting that changed meanwhile. A switch that
 * changes the setting writes a {@code setting.changed} to the change log; one that leaves it as
 * it was writes nothing.
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

    /** The change is logged with {@code administrator} as its actor, and only when the setting changes. */
    @Override
    public void switchConnections(boolean enabled, UserId administrator) {
        Objects.requireNonNull(administrator, "administrator");
        synchronized (store) {
            if (store.connectionsEnabled != enabled) {
                store.connectionsEnabled = enabled;
                Instant at = store.clock.instant();
                store.publish(List.of(ChangeEvents.connectionsSwitched(store.newChangeId(at), enabled, administrator, at)));
            }
        }
    }
}
