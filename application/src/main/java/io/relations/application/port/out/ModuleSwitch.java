package io.relations.application.port.out;

import io.relations.domain.model.UserId;

/**
 * The {@code connections_enabled} setting that switches the whole module on or off. A new
 * storage has it on (the service's migration seeds it so). The command path and the reads also
 * see it in their own facts ({@code PairFacts}, {@code ReadFacts}, {@code LookupRead}), each read
 * in the same snapshot as the rows it guards.
 */
public interface ModuleSwitch {

    /**
     * The setting as an administrator reads it.
     *
     * @return true when the module is switched on
     */
    boolean connectionsEnabled();

    /**
     * Changes the setting. Waits for the pair transactions under way; every transaction and read
     * that starts after it returns sees the new setting. A switch that changes the value records
     * the change ({@code setting.changed}, by {@code administrator}) in the same transaction; one
     * that sets the value it already had records nothing.
     *
     * @param enabled       true to switch the module on
     * @param administrator who switches it
     */
    void switchConnections(boolean enabled, UserId administrator);
}
