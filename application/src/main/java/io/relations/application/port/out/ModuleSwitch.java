package io.relations.application.port.out;

/** The {@code connections_enabled} setting that switches the whole module on or off. */
public interface ModuleSwitch {

    boolean connectionsEnabled();

    void switchConnections(boolean enabled);
}
