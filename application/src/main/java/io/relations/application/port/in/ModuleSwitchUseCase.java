package io.relations.application.port.in;

import io.relations.domain.model.UserId;

/** Reads and sets {@code connections_enabled}. For administrators; works while the module is off. */
public interface ModuleSwitchUseCase {

    /**
     * The {@code connections_enabled} setting.
     *
     * @return true when the module is switched on
     */
    boolean connectionsEnabled();

    /**
     * Switches the module on or off. Returns once the commands under way have finished; every
     * command and read that starts later sees the new setting. Only a switch that changes the
     * value is a change other applications are told of.
     *
     * @param enabled       true to switch the module on
     * @param administrator who switches it
     */
    void switchConnections(boolean enabled, UserId administrator);
}
