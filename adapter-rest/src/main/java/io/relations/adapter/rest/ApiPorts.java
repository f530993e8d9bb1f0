package io.relations.adapter.rest;

import io.relations.application.port.in.ReadChangesUseCase;
import io.relations.application.port.in.RegisterCallerUseCase;
import java.util.Objects;
import java.util.Optional;

/**
 * The inbound ports of the API by route group, for {@link RestApi} to hand out: each group's
 * handlers receive their own record and nothing else, and the authentication filter only
 * {@code registerCaller} (it registers a caller on their first request). No handler sees this
 * record. Wired, as a rule, from the application's services:
 *
 * <pre>{@code
 * new ApiPorts(CommandPorts.of(commands), QueryPorts.of(queries), AdminPorts.of(administration),
 *         new ChangeFeedService(changeLog), administration)
 *         .withWebhooks(WebhookPorts.of(webhookAdministration))
 * }</pre>
 *
 * @param commands       the command routes' ports
 * @param queries        the read routes' ports
 * @param admin          the administrators' writes and settings
 * @param changes        the change feed ({@code /api/v1/changes} and its live form)
 * @param registerCaller registers a caller on their first request
 * @param webhooks       the administrators' webhook routes, if the service offers them
 */
public record ApiPorts(CommandPorts commands, QueryPorts queries, AdminPorts admin, ReadChangesUseCase changes,
                       RegisterCallerUseCase registerCaller, Optional<WebhookPorts> webhooks) {

    /**
     * The ports, each required.
     *
     * @param commands       the command routes' ports
     * @param queries        the read routes' ports
     * @param admin          the administrators' writes and settings
     * @param changes        the change feed
     * @param registerCaller registers a caller on their first request
     * @param webhooks       the administrators' webhook routes; empty: they answer not_found
     * @throws NullPointerException naming the port that is missing
     */
    public ApiPorts {
        Objects.requireNonNull(commands, "commands");
        Objects.requireNonNull(queries, "queries");
        Objects.requireNonNull(admin, "admin");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(registerCaller, "registerCaller");
        Objects.requireNonNull(webhooks, "webhooks");
    }

    /**
     * The API without the webhook routes: {@code /api/v1/admin/webhooks} answers not_found.
     *
     * @param commands       the command routes' ports
     * @param queries        the read routes' ports
     * @param admin          the administrators' writes and settings
     * @param changes        the change feed
     * @param registerCaller registers a caller on their first request
     */
    public ApiPorts(CommandPorts commands, QueryPorts queries, AdminPorts admin, ReadChangesUseCase changes,
                    RegisterCallerUseCase registerCaller) {
        this(commands, queries, admin, changes, registerCaller, Optional.empty());
    }

    /**
     * The same ports with the administrators' webhook routes.
     *
     * @param webhooks the webhook routes' ports
     * @return the ports
     */
    public ApiPorts withWebhooks(WebhookPorts webhooks) {
        return new ApiPorts(commands, queries, admin, changes, registerCaller, Optional.of(webhooks));
    }
}
