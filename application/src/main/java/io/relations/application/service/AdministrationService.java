package io.relations.application.service;

import io.relations.application.port.in.DeleteUserUseCase;
import io.relations.application.model.Outcome;
import io.relations.application.port.in.ModuleSwitchUseCase;
import io.relations.application.port.in.RegisterCallerUseCase;
import io.relations.application.port.in.RegisterUserUseCase;
import io.relations.application.port.out.ModuleSwitch;
import io.relations.application.port.out.UserDirectory;
import io.relations.domain.model.UserId;
import java.util.Objects;

/**
 * What administrators do, and a caller's first-use registration; none of it depends on the module
 * being switched on. Each use case is its port's call, unchanged: the port owns the transaction.
 * Holds no state of its own, so it is as safe to share between threads as its ports are.
 */
public final class AdministrationService implements RegisterUserUseCase, RegisterCallerUseCase, DeleteUserUseCase, ModuleSwitchUseCase {

    private final UserDirectory users;
    private final ModuleSwitch moduleSwitch;

    /**
     * The service on its ports.
     *
     * @param users        registers and deletes users
     * @param moduleSwitch reads and sets {@code connections_enabled}
     * @throws NullPointerException if either is null
     */
    public AdministrationService(UserDirectory users, ModuleSwitch moduleSwitch) {
        this.users = Objects.requireNonNull(users, "users");
        this.moduleSwitch = Objects.requireNonNull(moduleSwitch, "moduleSwitch");
    }

    @Override
    public boolean registerUser(UserId user, UserId administrator) {
        return users.register(user, administrator);
    }

    @Override
    public Outcome<Boolean> registerCaller(UserId caller) {
        return users.registerUnlessDeleted(caller);
    }

    @Override
    public boolean deleteUser(UserId user, UserId administrator) {
        return users.delete(user, administrator);
    }

    @Override
    public boolean connectionsEnabled() {
        return moduleSwitch.connectionsEnabled();
    }

    @Override
    public void switchConnections(boolean enabled, UserId administrator) {
        moduleSwitch.switchConnections(enabled, administrator);
    }
}
