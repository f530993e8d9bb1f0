/**
 * The HTTP adapter: DESIGN §4 on Javalin, and nothing but translation between HTTP and the
 * inbound ports. The bootstrap wires it in a few lines:
 *
 * <pre>{@code
 * RestApi api = new RestApi(
 *         new ApiPorts(CommandPorts.of(commandService), QueryPorts.of(queryService),
 *                 AdminPorts.of(administrationService), new ChangeFeedService(changeLog), administrationService),
 *         new JwtAuthenticator(JwtSettings.hs256(secret, issuer, audience)),
 *         CursorKeys.of(List.of(currentKey, rotatedKey)),
 *         Operations.defaults()
 *                 .withReady(database::answers)
 *                 .withMetrics(prometheusRegistry, prometheusRegistry::scrape)
 *                 .withUnavailableWhen(persistence::isUnavailable),
 *         HttpPolicy.defaults(),
 *         ChangeFeedSettings.defaults());
 * api.start(host, port);
 * ...
 * api.stop();
 * }</pre>
 *
 * <p>This package holds the routes, their handlers, the filters and the error mapping; only
 * {@link io.relations.adapter.rest.RestApi}, the records of its inbound ports by route group
 * ({@link io.relations.adapter.rest.ApiPorts} and the three it holds), {@link io.relations.adapter.rest.Operations},
 * {@link io.relations.adapter.rest.HttpPolicy}, {@link io.relations.adapter.rest.ChangeFeedSettings} and
 * {@link io.relations.adapter.rest.RequestThrottle} are public, and none of them shows a Javalin or Jackson type. Sub-packages, which never depend
 * on this one: {@code auth} (bearer tokens), {@code http} (request parsing, cursors, request ids),
 * {@code json} (the views the API answers), {@code problem} (RFC 9457 problems).
 */
package io.relations.adapter.rest;
