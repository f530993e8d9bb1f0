package io.relations.adapter.rest;

import static io.relations.adapter.rest.Exchange.query;
import static io.relations.adapter.rest.Exchange.target;

import io.javalin.http.Context;
import io.relations.adapter.rest.auth.KnownUsers;
import io.relations.adapter.rest.json.SettingBody;
import io.relations.adapter.rest.json.SettingView;
import io.relations.adapter.rest.json.UserRegistrationView;
import io.relations.adapter.rest.problem.ProblemException;
import io.relations.adapter.rest.problem.ProblemType;
import io.relations.domain.model.UserId;

/** {@code /admin/users/{userId}} and {@code /admin/settings/connections_enabled}; they work while the module is off. */
final class AdminHandlers {

    static final String CONNECTIONS_ENABLED = "connections_enabled";

    private final AdminPorts ports;
    private final KnownUsers knownUsers;
    private final JsonBodies bodies;

    AdminHandlers(AdminPorts ports, KnownUsers knownUsers, JsonBodies bodies) {
        this.ports = ports;
        this.knownUsers = knownUsers;
        this.bodies = bodies;
    }

    /** 201 when the user is new (a deleted user's tombstone is lifted), 200 when already known. */
    void registerUser(Context ctx) {
        UserId user = target(ctx);
        boolean created = ports.registerUser().registerUser(user, Exchange.caller(ctx).user());
        ctx.status(created ? 201 : 200).json(new UserRegistrationView(user.value(), created));
    }

    /** 204 when deleted (a tombstone stays); user_not_found when the user was not known. */
    void deleteUser(Context ctx) {
        UserId user = target(ctx);
        boolean deleted = ports.deleteUser().deleteUser(user, Exchange.caller(ctx).user());
        knownUsers.forget(user);
        if (!deleted) {
            throw new ProblemException(ProblemType.USER_NOT_FOUND, "The user is not known.");
        }
        ctx.status(204);
    }

    void connectionsEnabled(Context ctx) {
        query(ctx);
        ctx.json(new SettingView(CONNECTIONS_ENABLED, ports.moduleSwitch().connectionsEnabled()));
    }

    void switchConnections(Context ctx) {
        query(ctx);
        Boolean value = bodies.required(ctx, SettingBody.class).value();
        if (value == null) {
            throw ProblemException.invalidRequest("The body must be {\"value\": true} or {\"value\": false}.");
        }
        ports.moduleSwitch().switchConnections(value, Exchange.caller(ctx).user());
        ctx.json(new SettingView(CONNECTIONS_ENABLED, value));
    }
}
