package io.relations.adapter.rest;

import io.relations.application.port.in.DeleteUserUseCase;
import io.relations.application.port.in.ModuleSwitchUseCase;
import io.relations.application.port.in.RegisterUserUseCase;
import java.util.Objects;

/**
 * The inbound ports of the administrators' writes and settings ({@code /admin/users/{userId}},
 * {@code /admin/settings/connections_enabled}); their reads of any user's lists are query routes.
 */
public record AdminPorts(RegisterUserUseCase registerUser, DeleteUserUseCase deleteUser, ModuleSwitchUseCase moduleSwitch) {

    public AdminPorts {
        Objects.requireNonNull(registerUser, "registerUser");
        Objects.requireNonNull(deleteUser, "deleteUser");
        Objects.requireNonNull(moduleSwitch, "moduleSwitch");
    }

    /** The usual wiring: one service administers users and the module. */
    public static <A extends RegisterUserUseCase & DeleteUserUseCase & ModuleSwitchUseCase> AdminPorts of(A administration) {
        return new AdminPorts(administration, administration, administration);
    }
}
