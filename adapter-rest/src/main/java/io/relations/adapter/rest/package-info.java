/**
 * The HTTP adapter: DESIGN §4 on Javalin, and nothing but translation between HTTP and the
 * inbound ports. The bootstrap wires it in a few lines:
 *
 * <pre>{@code
 * RestApi api = new RestApi(
 *         UseCases.of(commandService, queryService, administrationService),
 *         new JwtAuthenticator(JwtSettings.hs256(secret, issuer, audience)),
 *         Operations.defaults()
 *                 .withReady(database::answers)
 *                 .withMetrics(prometheusRegistry, prometheusRegistry::scrape)
 *                 .withUnavailableWhen(persistence::isUnavailable));
 * api.start(host, port);
 * ...
 * api.stop();
 * }</pre>
 *
 * <p>Sub-packages: {@code auth} (bearer tokens), {@code handler} (routes, filters, error
 * mapping), {@code http} (request parsing, cursors, request ids), {@code json} (the views the API
 * answers), {@code problem} (RFC 9457 problems). No Javalin or Jackson type appears in the
 * public API of {@link io.relations.adapter.rest.RestApi}.
 */
package io.relations.adapter.rest;
