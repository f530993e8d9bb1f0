package io.relations.adapter.rest;

import io.relations.application.port.in.RegisterCallerUseCase;
import java.util.Objects;
import java.util.Optional;

/**
 * The inbound ports of the API by route group, for {@link RestApi} to hand out: each group's
 * handlers receive their own record and nothing else, and the authentication filter only
 * {@code registerCaller} (it registers a caller on their first request). No handler sees this
 * record. Wired, as a rule, from the application's three services:
 *
 * <pre>{@code
 * new ApiPorts(CommandPorts.of(commands), QueryPorts.of(queries), AdminPorts.of(administration), administration)
 * }</pre>
 */
public record ApiPorts(CommandPorts commands, QueryPorts queries, AdminPorts admin, RegisterCallerUseCase registerCaller,
                       Optional<WebhookPorts> webhooks) {

    public ApiPorts {
        Objects.requireNonNull(commands, "commands");
        Objects.requireNonNull(queries, "queries");
        Objects.requireNonNull(admin, "admin");
        Objects.requireNonNull(registerCaller, "registerCaller");
        Objects.requireNonNull(webhooks, "webhooks");
    }

    /** The API without the webhook routes: {@code /api/v1/admin/webhooks} answers not_found. */
    public ApiPorts(CommandPorts commands, QueryPorts queries, AdminPorts admin, RegisterCallerUseCase registerCaller) {
        this(commands, queries, admin, registerCaller, Optional.empty());
    }

    /** The same ports with the administrators' webhook routes. */
    public ApiPorts withWebhooks(WebhookPorts webhooks) {
        return new ApiPorts(commands, queries, admin, registerCaller, Optional.of(webhooks));
    }
}
