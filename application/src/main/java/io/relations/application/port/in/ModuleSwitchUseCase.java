package io.relations.application.port.in;

/** Reads and sets {@code connections_enabled}. For administrators; works while the module is off. */
public interface ModuleSwitchUseCase {

    boolean connectionsEnabled();

    void switchConnections(boolean enabled);
}
